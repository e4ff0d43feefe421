package org.creditrepair.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.ingest.ArticleChunker;
import org.creditrepair.knowledge.ingest.CorpusReader;
import org.creditrepair.knowledge.ingest.ParsedDocument;
import org.creditrepair.knowledge.ingest.SourceFile;

/** 已知条文：the (document, article) keys the indexer produces, to catch mislabelled questions. */
final class KnownChunks {
  private KnownChunks() {}

  static Set<String> keys(List<Path> corpusDirs) throws IOException {
    KnowledgeBundle bundle = KnowledgeBundle.fromClasspath();
    DocumentRegistry registry =
        DocumentRegistry.parse(bundle.get("documents.yaml").orElseThrow().text());
    CorpusReader reader = new CorpusReader(registry);
    ArticleChunker chunker = new ArticleChunker();
    Set<String> keys = new HashSet<>();
    for (SourceFile f : reader.collect(bundle, corpusDirs)) {
      for (ParsedDocument d : reader.parse(f)) {
        for (Chunk c : chunker.chunk(d)) {
          keys.add(d.meta().docId() + "|");
          keys.add(d.meta().docId() + "|" + (c.article() == null ? "" : c.article()));
        }
      }
    }
    return keys;
  }
}
