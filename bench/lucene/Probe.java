import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.*;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.*;
import org.apache.lucene.store.*;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/** What the searchAll index holds and what one query costs in Lucene alone (as Neo4j 5.26 runs it). */
public class Probe {
  static final String[] FIELDS = {"name", "aliasText", "title", "text", "searchText"};

  /** Neo4j's ScoredEntityResultCollector, reduced: a queue of `limit`, then nextUp(min) as min competitive score. */
  static final class TopN implements Collector {
    final int limit; final boolean topScores; long collected = 0;
    final PriorityQueue<Float> pq = new PriorityQueue<>();
    TopN(int limit, boolean topScores) { this.limit = limit; this.topScores = topScores; }
    public ScoreMode scoreMode() { return topScores ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE; }
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      return new LeafCollector() {
        Scorable scorer;
        public void setScorer(Scorable s) throws java.io.IOException { scorer = s; update(); }
        void update() throws java.io.IOException {
          if (topScores && pq.size() >= limit) scorer.setMinCompetitiveScore(Math.nextUp(pq.peek()));
        }
        public void collect(int doc) throws java.io.IOException {
          collected++;
          float score = scorer.score();
          if (pq.size() < limit) { pq.add(score); if (pq.size() == limit) update(); }
          else if (score > pq.peek()) { pq.poll(); pq.add(score); update(); }
        }
      };
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    String lucene = args[1];
    int reps = Integer.parseInt(args[2]);
    List<Path> parts = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().startsWith("segments_")).forEach(p -> parts.add(p.getParent()));
    }
    List<IndexReader> readers = new ArrayList<>();
    for (Path p : parts) readers.add(DirectoryReader.open(FSDirectory.open(p)));
    IndexReader reader = new MultiReader(readers.toArray(new IndexReader[0]));
    IndexSearcher searcher = new IndexSearcher(reader);
    System.out.printf("partitions %d, segments %d, docs %d%n", parts.size(), reader.leaves().size(), reader.numDocs());
    for (String f : FIELDS) {
      long terms = 0;
      for (LeafReaderContext c : reader.leaves()) { Terms t = c.reader().terms(f); if (t != null) terms += t.size(); }
      System.out.printf("field %-10s terms %,d  docFreq(shelling) %,d  docFreq(civilians) %,d%n", f, terms,
          reader.docFreq(new Term(f, "shelling")), reader.docFreq(new Term(f, "civilians")));
    }
    for (String word : new String[] {"shelling", "civilians"}) {
      for (String f : new String[] {"text", "name", "searchText"}) {
        FuzzyQuery fq = new FuzzyQuery(new Term(f, word), 2, 0, 50, true);
        List<String> fuzzy = new ArrayList<>();
        for (LeafReaderContext c : reader.leaves()) {
          Terms t = c.reader().terms(f); if (t == null) continue;
          TermsEnum te = fq.getTermsEnum(t);
          BytesRef b; while ((b = te.next()) != null) fuzzy.add(b.utf8ToString() + ":" + te.docFreq());
        }
        System.out.printf("fuzzy %s~2 in %s: %d terms %s%n", word, f, fuzzy.size(), fuzzy.size() > 12 ? fuzzy.subList(0, 12) + "…" : fuzzy);
      }
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, new StandardAnalyzer(CharArraySet.EMPTY_SET));
    parser.setAllowLeadingWildcard(true);
    String[] variants = lucene.split("\\|\\|");
    for (String q : variants) {
      Query query = parser.parse(q);
      Query rewritten = searcher.rewrite(query);
      int clauses = countTerms(rewritten);
      TopN all = new TopN(20, false); searcher.search(query, all);
      long[] times = new long[reps]; long visited = 0;
      for (int i = 0; i < reps; i++) {
        long t0 = System.nanoTime();
        TopN top = new TopN(20, true); searcher.search(query, top);
        times[i] = System.nanoTime() - t0; visited = top.collected;
      }
      Arrays.sort(times);
      long[] rw = new long[reps];
      for (int i = 0; i < reps; i++) {
        Query fresh = parser.parse(q);
        long t0 = System.nanoTime();
        searcher.rewrite(fresh);
        rw[i] = System.nanoTime() - t0;
      }
      Arrays.sort(rw);
      System.out.printf("query %s%n  term queries after rewrite %d, matching docs %,d, docs scored with TOP_SCORES limit 20: %,d, ms min %.3f median %.3f; rewrite alone ms min %.3f median %.3f%n",
          q, clauses, all.collected, visited, times[0] / 1e6, times[reps / 2] / 1e6, rw[0] / 1e6, rw[reps / 2] / 1e6);
    }
  }

  static int countTerms(Query q) {
    int[] n = {0};
    q.visit(new QueryVisitor() {
      public void consumeTerms(Query query, Term... terms) { n[0] += terms.length; }
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) { return this; }
    });
    return n[0];
  }
}
