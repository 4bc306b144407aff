import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.json.Json;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObject;

/**
 * Research sidecar, same protocol as ../corenlp/Sidecar.java: {"id", "text"} lines in,
 * {"id", "tokens": [[start, end, word, tag, head, label], ...]} lines out (head 1-based, 0 the
 * root). NLP4J's own English decode configuration, models and lexica from the nlp4j-english jar.
 */
public final class Sidecar {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    NLPDecoder decoder;
    try (InputStream config = NLPDecoder.class.getResourceAsStream("/edu/emory/mathcs/nlp/configuration/config-decode-en.xml")) {
      decoder = new NLPDecoder(config);
    }
    decoder.decode("The ministry said it was ready.");
    System.err.printf("ready %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    long n = 0;
    long t1 = System.nanoTime();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      JsonObject req = Json.createReader(new StringReader(line)).readObject();
      NLPNode[] nodes = decoder.decode(req.getString("text"));
      JsonArrayBuilder tokens = Json.createArrayBuilder();
      // nodes[0] is the artificial root.
      for (int i = 1; i < nodes.length; i++) {
        NLPNode w = nodes[i];
        NLPNode h = w.getDependencyHead();
        tokens.add(Json.createArrayBuilder()
            .add(w.getStartOffset()).add(w.getEndOffset()).add(w.getWordForm())
            .add(String.valueOf(w.getPartOfSpeechTag())).add(h == null ? 0 : h.getID())
            .add(String.valueOf(w.getDependencyLabel())));
      }
      out.println(Json.createObjectBuilder().add("id", req.get("id")).add("tokens", tokens).build());
      n++;
    }
    out.flush();
    double secs = (System.nanoTime() - t1) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.err.printf("parsed %d sentences in %.1f s (%.1f/s); heap used %d MiB of %d MiB%n",
        n, secs, n / secs, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
  }
}
