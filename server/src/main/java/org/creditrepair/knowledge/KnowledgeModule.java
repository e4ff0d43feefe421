package org.creditrepair.knowledge;

import java.io.IOException;
import java.time.Clock;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.embedding.BgeEmbedder;
import org.creditrepair.knowledge.ingest.CorpusReader;
import org.creditrepair.knowledge.lucene.LuceneKnowledgeIndex;
import org.creditrepair.knowledge.lucene.LuceneKnowledgeSearch;

/**
 * 知识库模块：opens (building or rebuilding when the content changed) the index over the bundled
 * knowledge base and the configured corpus directories, and gives a {@link KnowledgeSearch} over
 * it. Opening blocks (model load, embedding): call it off the event loop.
 */
public final class KnowledgeModule implements AutoCloseable {
  private final LuceneKnowledgeSearch search;
  private final Embedder embedder;

  private KnowledgeModule(LuceneKnowledgeSearch search, Embedder embedder) {
    this.search = search;
    this.embedder = embedder;
  }

  /** Opens the index, building it first when it is missing or its content hash changed. */
  public static KnowledgeModule open(
      KnowledgeSettings settings, Clock clock, IndexProgress progress) throws IOException {
    KnowledgeBundle bundle = KnowledgeBundle.fromClasspath();
    BundledResource registryFile = bundle.get("documents.yaml").orElseThrow();
    byte[] termsBytes =
        bundle.get("analysis/terms.txt").map(BundledResource::bytes).orElse(new byte[0]);
    DocumentRegistry registry = DocumentRegistry.parse(registryFile.text());
    DomainTerms terms =
        DomainTerms.parse(new String(termsBytes, java.nio.charset.StandardCharsets.UTF_8));
    CorpusReader reader = new CorpusReader(registry);
    var sources =
        new LuceneKnowledgeIndex.Sources(
            reader.collect(bundle, settings.corpusDirs()),
            registryFile.bytes(),
            termsBytes,
            reader);
    Embedder embedder = settings.embeddings() ? new BgeEmbedder(false) : null;
    try {
      LuceneKnowledgeSearch search =
          LuceneKnowledgeIndex.open(
              settings.dataDir(), sources, registry, terms, embedder, clock, progress);
      return new KnowledgeModule(search, embedder);
    } catch (IOException | RuntimeException e) {
      if (embedder != null) {
        embedder.close();
      }
      throw e;
    }
  }

  public KnowledgeSearch search() {
    return search;
  }

  public IndexStats stats() {
    return search.stats();
  }

  @Override
  public void close() throws IOException {
    search.close();
    if (embedder != null) {
      embedder.close();
    }
  }
}
