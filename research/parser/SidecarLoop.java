import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;

/**
 * The sidecars' shared protocol: one sentence a line on stdin as {"id": ..., "text": ...}; one line
 * on stdout as {"id": ..., "tokens": [[start, end, word, tag, head, label], ...]} with character
 * offsets in the given text, head 1-based (0 the root). Start-up, throughput and heap go to stderr.
 */
public final class SidecarLoop {
  private SidecarLoop() {}

  public static void run(long startedNanos, Function<String, JsonArray> parse) throws Exception {
    run(startedNanos, "tokens", "sentences", "The ministry said it was ready.", parse);
  }

  /**
   * The same loop for any unit of text (a sentence, or an article for the coreference sidecar): each line's
   * answer goes out under `key`; `unit` names the units in the closing line; `warmUp` is read once before.
   */
  public static void run(
      long startedNanos, String key, String unit, String warmUp, Function<String, JsonArray> parse)
      throws Exception {
    parse.apply(warmUp);
    System.err.printf("ready %d ms%n", (System.nanoTime() - startedNanos) / 1_000_000);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    long n = 0;
    long t1 = System.nanoTime();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      JsonObject req = Json.createReader(new StringReader(line)).readObject();
      JsonArray answer = parse.apply(req.getString("text"));
      out.println(Json.createObjectBuilder().add("id", req.get("id")).add(key, answer).build());
      n++;
    }
    out.flush();
    double secs = (System.nanoTime() - t1) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.err.printf("parsed %d %s in %.1f s (%.1f/s); heap used %d MiB of %d MiB%n",
        n, unit, secs, n / secs, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
  }
}
