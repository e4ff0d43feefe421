package org.creditrepair.knowledge.ingest;

import java.nio.file.Path;

/**
 * 源文件：one file to ingest, with the bytes its content hash is computed from.
 *
 * @param origin a stable name for messages and statistics ("kb:guides/x.md", "corpus:05_x.md")
 * @param path the file on disk, or null for bundled resources
 * @param guide true for our own guides and FAQ, false for official texts
 */
public record SourceFile(String origin, Path path, byte[] bytes, boolean guide) {
  public SourceFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** File name in lower case. */
  public String lowerName() {
    int slash = origin.lastIndexOf('/');
    return origin.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
