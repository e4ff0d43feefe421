package org.creditrepair.knowledge.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentMeta;

/** 写索引：writes article-level chunks, their lexical views and vectors into a Lucene index. */
final class ChunkIndexer {
  private ChunkIndexer() {}

  /** Writes all chunks (vectors may be null when embeddings are off) and commits. */
  static void write(Path dir, Analyzer analyzer, List<Chunk> chunks, List<float[]> vectors)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < chunks.size(); i++) {
        writer.addDocument(document(chunks.get(i), vectors == null ? null : vectors.get(i)));
      }
      writer.forceMerge(1);
      writer.commit();
    }
  }

  /** The text a chunk is embedded from: title, path and label give the passage its context. */
  static String passage(Chunk c) {
    StringBuilder sb = new StringBuilder(c.doc().title());
    if (!c.path().isEmpty()) {
      sb.append(' ').append(c.path());
    }
    String text = c.text();
    if (c.article() != null && !text.startsWith(c.article())) {
      sb.append(' ').append(c.article());
    }
    sb.append('\n').append(text.length() > 480 ? text.substring(0, 480) : text);
    return sb.toString();
  }

  private static Document document(Chunk c, float[] vector) {
    DocumentMeta m = c.doc();
    Document d = new Document();
    d.add(new StringField(IndexFields.CHUNK_ID, c.chunkId(), Field.Store.YES));
    d.add(new StringField(IndexFields.DOC_ID, m.docId(), Field.Store.YES));
    d.add(new StoredField(IndexFields.TITLE, m.title()));
    if (c.article() != null) {
      d.add(new StringField(IndexFields.ARTICLE, c.article(), Field.Store.YES));
    }
    d.add(new StoredField(IndexFields.TEXT, c.text()));
    d.add(new StoredField(IndexFields.PATH, c.path()));
    d.add(new StringField(IndexFields.SOURCE, m.source().name(), Field.Store.YES));
    d.add(new StoredField(IndexFields.ISSUER, nz(m.issuer())));
    d.add(new StoredField(IndexFields.DOC_NUMBER, nz(m.documentNumber())));
    d.add(new StringField(IndexFields.REGION, nz(m.region()), Field.Store.YES));
    long from = m.effectiveFrom() == null ? Long.MIN_VALUE : m.effectiveFrom().toEpochDay();
    d.add(new LongPoint(IndexFields.FROM_POINT, from));
    d.add(
        new StoredField(
            IndexFields.FROM, m.effectiveFrom() == null ? "" : m.effectiveFrom().toString()));
    d.add(
        new StoredField(IndexFields.TO, m.effectiveTo() == null ? "" : m.effectiveTo().toString()));
    String lexical = lexical(c);
    d.add(new TextField(Analyzers.SMART, lexical, Field.Store.NO));
    d.add(new TextField(Analyzers.BIGRAM, lexical, Field.Store.NO));
    d.add(new TextField(Analyzers.TERMS, lexical, Field.Store.NO));
    d.add(new TextField(Analyzers.TITLE, m.title() + " " + c.path(), Field.Store.NO));
    if (vector != null) {
      d.add(
          new KnnFloatVectorField(
              IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    return d;
  }

  private static String lexical(Chunk c) {
    String text = c.text();
    return c.article() != null && !text.startsWith(c.article()) ? c.article() + "\n" + text : text;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
