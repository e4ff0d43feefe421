package org.creditrepair.knowledge;

/** 检索模式：hybrid (BM25 + dense, fused by reciprocal rank) or one side alone, for evaluation. */
public enum SearchMode {
  HYBRID,
  BM25,
  DENSE
}
