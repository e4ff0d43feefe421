package org.creditrepair.knowledge.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditrepair.knowledge.Embedder;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.SearchHit;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.knowledge.Source;
import org.creditrepair.testing.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process bge-small-zh model: offline guard, vectors, cache and dense retrieval. */
class DenseRetrievalTest {
  private static BgeEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = new BgeEmbedder(false);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  @DisplayName("禁止外联：测试环境必须设置 OPT_OUT_TRACKING 与 DJL_OFFLINE，缺任何一个都拒绝加载模型")
  void model_refuses_to_load_without_the_no_call_home_environment() {
    assertEquals("true", System.getenv("OPT_OUT_TRACKING"), "surefire must set OPT_OUT_TRACKING");
    assertEquals("true", System.getenv("DJL_OFFLINE"), "surefire must set DJL_OFFLINE");
    assertThrows(IllegalStateException.class, () -> BgeEmbedder.requireOffline(Map.of()));
    assertThrows(
        IllegalStateException.class,
        () -> BgeEmbedder.requireOffline(Map.of("OPT_OUT_TRACKING", "true")));
    assertThrows(
        IllegalStateException.class,
        () ->
            BgeEmbedder.requireOffline(Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "false")));
    BgeEmbedder.requireOffline(Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "true"));
  }

  @Test
  void vectors_are_normalised_and_close_for_paraphrases() {
    float[] a = embedder.embedQuery("罚款交完了怎么恢复企业信用");
    List<float[]> p = embedder.embedPassages(List.of("企业履行行政处罚义务后可以申请信用修复", "本市的公园开放时间"));
    assertEquals(512, a.length);
    assertEquals(1.0, dot(a, a), 1e-3);
    assertTrue(dot(a, p.get(0)) > dot(a, p.get(1)) + 0.1);
  }

  @Test
  @DisplayName("向量缓存：重建时只重新计算变化的段落")
  void cache_re_embeds_only_new_passages(@TempDir Path tmp) throws Exception {
    Counting counting = new Counting(embedder);
    EmbeddingCache cache = EmbeddingCache.open(tmp.resolve("cache"));
    cache.embed(counting, List.of("第一段", "第二段"), (d, t) -> {});
    cache.save(counting, List.of("第一段", "第二段"));
    EmbeddingCache reopened = EmbeddingCache.open(tmp.resolve("cache"));
    List<float[]> v = reopened.embed(counting, List.of("第一段", "第三段"), (d, t) -> {});
    assertEquals(3, counting.passages);
    assertEquals(2, v.size());
  }

  @Test
  @DisplayName("语义检索：用词完全不同的口语问题也能找到对应条文")
  void dense_search_finds_paraphrased_question(@TempDir Path tmp) throws Exception {
    Path corpus = FixtureCorpus.write(tmp.resolve("corpus"));
    try (KnowledgeModule m =
        KnowledgeModule.open(
            new KnowledgeSettings(tmp.resolve("data"), List.of(corpus), true),
            Clock.systemUTC(),
            IndexProgress.NONE)) {
      List<SearchHit> hits =
          m.search()
              .search(
                  new SearchQuery(
                      "罚单上的钱交完了，去哪里把污点消掉",
                      3,
                      null,
                      LocalDate.of(2026, 11, 24),
                      SearchMode.DENSE,
                      Set.of(Source.OFFICIAL)))
              .hits();
      assertTrue(
          hits.stream().anyMatch(h -> h.title().equals("企业信用修复测试办法") && "第二条".equals(h.article())),
          hits.toString());
    }
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Counts the passages that reach the model. */
  private static final class Counting implements Embedder {
    private final Embedder delegate;
    int passages;

    Counting(Embedder delegate) {
      this.delegate = delegate;
    }

    @Override
    public int dimension() {
      return delegate.dimension();
    }

    @Override
    public String modelId() {
      return delegate.modelId();
    }

    @Override
    public float[] embedQuery(String query) {
      return delegate.embedQuery(query);
    }

    @Override
    public List<float[]> embedPassages(List<String> list) {
      passages += list.size();
      return new ArrayList<>(delegate.embedPassages(list));
    }
  }
}
