package org.creditrepair.knowledge;

/** 建索引进度：receives progress while the index is built (phase, done, total). */
@FunctionalInterface
public interface IndexProgress {
  IndexProgress NONE = (phase, done, total) -> {};

  void update(String phase, int done, int total);
}
