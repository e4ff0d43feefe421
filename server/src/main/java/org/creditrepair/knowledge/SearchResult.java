package org.creditrepair.knowledge;

import java.util.List;

/** 检索结果：ranked hits and the time the search took. */
public record SearchResult(List<SearchHit> hits, long tookMs) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
