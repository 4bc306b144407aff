import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import javax.json.Json;
import javax.json.JsonArrayBuilder;

/**
 * Research sidecar (protocol in ../SidecarLoop.java): CoreNLP's tokenizer, tagger and neural
 * dependency parser (English UD), each input line one sentence. Nothing downloads: the tagger and
 * the parser load from the models jar on the classpath.
 */
public final class Sidecar {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    props.setProperty("ssplit.isOneSentence", "true");
    props.setProperty("tokenize.language", "en");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    SidecarLoop.run(t0, text -> {
      Annotation doc = new Annotation(text);
      pipeline.annotate(doc);
      JsonArrayBuilder tokens = Json.createArrayBuilder();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        for (CoreLabel w : s.get(CoreAnnotations.TokensAnnotation.class)) {
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
      return tokens.build();
    });
  }
}
