package org.creditrepair.knowledge;

import java.util.List;

/** 向量模型：turns text into L2-normalised dense vectors for semantic search. */
public interface Embedder extends AutoCloseable {
  /** Vector dimension. */
  int dimension();

  /** A stable name of the model, part of the index content hash. */
  String modelId();

  /** Embeds a search query (may add the model's query instruction). */
  float[] embedQuery(String query);

  /** Embeds passages in order. */
  List<float[]> embedPassages(List<String> passages);

  @Override
  default void close() {}
}
