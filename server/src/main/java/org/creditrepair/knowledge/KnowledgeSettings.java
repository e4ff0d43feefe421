package org.creditrepair.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * 知识库配置：where the index lives and which official-text directories to add to the bundled knowledge
 * base.
 *
 * @param dataDir data directory; the index lives under {@code dataDir/index}
 * @param corpusDirs extra directories of official texts (Markdown with front matter, TXT, PDF)
 * @param embeddings whether to compute dense vectors (bge-small-zh); false gives BM25 only
 */
public record KnowledgeSettings(Path dataDir, List<Path> corpusDirs, boolean embeddings) {
  public KnowledgeSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    corpusDirs = List.copyOf(corpusDirs);
  }
}
