package org.creditrepair.knowledge;

import java.io.IOException;
import java.time.Clock;

/**
 * 知识库模块：opens (building or rebuilding when the content changed) the index over the bundled
 * knowledge base and the configured corpus directories, and gives a {@link KnowledgeSearch} over
 * it. Opening blocks (model load, embedding): call it off the event loop.
 */
public final class KnowledgeModule implements AutoCloseable {
  private final KnowledgeSearch search;
  private final AutoCloseable resources;

  private KnowledgeModule(KnowledgeSearch search, AutoCloseable resources) {
    this.search = search;
    this.resources = resources;
  }

  /** Opens the index, building it first when it is missing or its content hash changed. */
  public static KnowledgeModule open(KnowledgeSettings settings, Clock clock, IndexProgress progress)
      throws IOException {
    throw new UnsupportedOperationException("being implemented");
  }

  public KnowledgeSearch search() {
    return search;
  }

  public IndexStats stats() {
    return search.stats();
  }

  @Override
  public void close() throws Exception {
    resources.close();
  }
}
