import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import javax.json.Json;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObject;

/**
 * Research sidecar: one sentence a line on stdin as {"id": ..., "text": ...}; one line on stdout
 * as {"id": ..., "tokens": [[start, end, word, tag, head, label], ...]} with character offsets in
 * the given text, head 1-based (0 the root) and CoreNLP's English UD relation. Nothing downloads:
 * the tagger and the parser load from the models jar on the classpath.
 */
public final class Sidecar {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    props.setProperty("ssplit.isOneSentence", "true");
    props.setProperty("tokenize.language", "en");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    // Warm the models so the ready line means ready.
    pipeline.annotate(new Annotation("The ministry said it was ready."));
    System.err.printf("ready %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    long n = 0;
    long t1 = System.nanoTime();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      JsonObject req = Json.createReader(new StringReader(line)).readObject();
      Annotation doc = new Annotation(req.getString("text"));
      pipeline.annotate(doc);
      JsonArrayBuilder tokens = Json.createArrayBuilder();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel w : words) {
          IndexedWord node = g.getNodeByIndexSafe(w.index());
          int head = 0;
          String label = "root";
          if (node != null && !g.getRoots().contains(node)) {
            SemanticGraphEdge e = g.incomingEdgeIterator(node).next();
            head = e.getGovernor().index();
            label = e.getRelation().toString();
          }
          tokens.add(Json.createArrayBuilder()
              .add(w.beginPosition()).add(w.endPosition()).add(w.word()).add(w.tag())
              .add(head).add(label));
        }
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
