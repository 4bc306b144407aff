import java.io.*;
import java.nio.file.*;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;

/** An index of the TSV's documents with searchAll's fields and analyzer (standard, no stop words). */
public class Build {
  public static void main(String[] args) throws Exception {
    String[] fields = {"name", "aliasText", "title", "text", "searchText"};
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET));
    try (IndexWriter w = new IndexWriter(FSDirectory.open(Paths.get(args[1])), config);
         BufferedReader in = Files.newBufferedReader(Paths.get(args[0]))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] v = line.split("\t", -1);
        Document d = new Document();
        for (int i = 0; i < fields.length && i < v.length; i++)
          if (!v[i].isEmpty()) d.add(new TextField(fields[i], v[i], Field.Store.NO));
        w.addDocument(d);
      }
      if (args.length > 2) w.forceMerge(Integer.parseInt(args[2]));
      w.commit();
    }
  }
}
