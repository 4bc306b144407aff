import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.json.Json;
import javax.json.JsonArrayBuilder;

/**
 * Research sidecar (loop in ../SidecarLoop.java): CoreNLP's coreference over whole articles. Each input line is
 * {"id", "text"} (one article); each output line {"id", "chains": [[[start, end, text, representative], ...], ...],
 * with a last element [-1, cpuMillis, "", false] giving the article's CPU time}: every chain of two or more
 * mentions, each mention by character offsets into the article. Nothing downloads: every model loads from the
 * jars on the classpath. The argument picks the system: statistical, fastneural (both on the dependency parse),
 * neural (constituency parse: "neural" the PCFG, "neural-sr" the shift-reduce parser of models-english,
 * "neural-dep" the dependency parse and dependency mention detection), dcoref (the deterministic sieves).
 */
public final class CorefSidecar {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    String system = args.length > 0 ? args[0] : "statistical";
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(system));
    boolean dcoref = system.equals("dcoref");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    SidecarLoop.run(t0, "chains", "articles", "The ministry said on Monday it was ready. It added that talks would go on.",
        text -> {
          long c0 = cpu.getCurrentThreadCpuTime();
          Annotation doc = new Annotation(text);
          pipeline.annotate(doc);
          Map<Integer, ?> chains = dcoref
              ? doc.get(edu.stanford.nlp.dcoref.CorefCoreAnnotations.CorefChainAnnotation.class)
              : doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
          List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
          JsonArrayBuilder out = Json.createArrayBuilder();
          if (chains != null) {
            for (Object value : chains.values()) {
              JsonArrayBuilder chain = dcoref
                  ? dcorefChain((edu.stanford.nlp.dcoref.CorefChain) value, sentences)
                  : corefChain((CorefChain) value, sentences);
              if (chain != null) out.add(chain);
            }
          }
          long ms = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
          out.add(Json.createArrayBuilder().add(-1).add(ms).add("").add(false));
          return out.build();
        });
  }

  private static Properties properties(String system) {
    Properties p = new Properties();
    boolean constituency = system.equals("neural") || system.equals("neural-sr") || system.equals("dcoref");
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + (constituency ? "parse," : "depparse,")
        + (system.equals("dcoref") ? "dcoref" : "coref"));
    p.setProperty("tokenize.language", "en");
    // Coreference reads the coarse NER tags; the fine-grained and numeric layers only cost time.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("parse.maxlen", "100");
    if (system.equals("neural-sr"))
      p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    if (!system.equals("dcoref"))
      p.setProperty("coref.algorithm", system.startsWith("neural") ? "neural" : system);
    if (system.equals("neural-dep")) p.setProperty("coref.md.type", "dep");
    return p;
  }

  private static JsonArrayBuilder corefChain(CorefChain chain, List<CoreMap> sentences) {
    List<CorefChain.CorefMention> mentions = chain.getMentionsInTextualOrder();
    if (mentions.size() < 2) return null;
    CorefChain.CorefMention rep = chain.getRepresentativeMention();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (CorefChain.CorefMention m : mentions)
      out.add(mention(sentences, m.sentNum, m.startIndex, m.endIndex, m.mentionSpan, m == rep));
    return out;
  }

  private static JsonArrayBuilder dcorefChain(edu.stanford.nlp.dcoref.CorefChain chain, List<CoreMap> sentences) {
    List<edu.stanford.nlp.dcoref.CorefChain.CorefMention> mentions = chain.getMentionsInTextualOrder();
    if (mentions.size() < 2) return null;
    edu.stanford.nlp.dcoref.CorefChain.CorefMention rep = chain.getRepresentativeMention();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (edu.stanford.nlp.dcoref.CorefChain.CorefMention m : mentions)
      out.add(mention(sentences, m.sentNum, m.startIndex, m.endIndex, m.mentionSpan, m == rep));
    return out;
  }

  /** A mention as [start, end, text, representative]: sentence and token indices are 1-based, end exclusive. */
  private static JsonArrayBuilder mention(List<CoreMap> sentences, int sentNum, int start, int end, String span,
      boolean representative) {
    List<CoreLabel> tokens = sentences.get(sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
    return Json.createArrayBuilder()
        .add(tokens.get(start - 1).beginPosition())
        .add(tokens.get(end - 2).endPosition())
        .add(span)
        .add(representative);
  }
}
