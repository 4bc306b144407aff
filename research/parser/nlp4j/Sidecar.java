import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.InputStream;
import javax.json.Json;
import javax.json.JsonArrayBuilder;

/**
 * Research sidecar (protocol in ../SidecarLoop.java): NLP4J's own English decode configuration
 * (tokenizer, tagger, NER, dependency parser), models and lexica from the nlp4j-english jar.
 */
public final class Sidecar {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    NLPDecoder decoder;
    try (InputStream config = NLPDecoder.class.getResourceAsStream("/edu/emory/mathcs/nlp/configuration/config-decode-en.xml")) {
      decoder = new NLPDecoder(config);
    }
    SidecarLoop.run(t0, text -> {
      NLPNode[] nodes = decoder.decode(text);
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
      return tokens.build();
    });
  }
}
