package org.creditrepair.knowledge.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.IndexStats;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.SearchHit;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.knowledge.Source;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.testing.FixtureCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index round trip over a fixture corpus, BM25 only (the dense path has its own test). */
class KnowledgeIndexTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @TempDir Path tmp;

  private KnowledgeModule open(Path corpus) throws IOException {
    return KnowledgeModule.open(
        new KnowledgeSettings(tmp.resolve("data"), List.of(corpus), false),
        Clock.systemUTC(),
        IndexProgress.NONE);
  }

  private static List<SearchHit> search(
      KnowledgeModule m, String q, String region, LocalDate asOf) {
    return m.search().search(new SearchQuery(q, 10, region, asOf, SearchMode.HYBRID)).hits();
  }

  @Test
  @DisplayName("建索引、再打开不重建、内容变化才重建，旧版本被原子替换")
  void builds_reuses_and_rebuilds_on_content_change() throws Exception {
    Path corpus = FixtureCorpus.write(tmp.resolve("corpus"));
    IndexStats first;
    try (KnowledgeModule m = open(corpus)) {
      first = m.stats();
      assertTrue(first.rebuilt());
      assertEquals(5, first.officialDocuments());
      assertTrue(first.guideDocuments() >= 1, "bundled guides are indexed");
    }
    try (KnowledgeModule m = open(corpus)) {
      assertFalse(m.stats().rebuilt());
      assertEquals(first.contentHash(), m.stats().contentHash());
      assertEquals(first.chunks(), m.stats().chunks());
    }
    Files.writeString(
        corpus.resolve("a.md"), Files.readString(corpus.resolve("a.md")) + "\n第五条 新增的一条。\n");
    try (KnowledgeModule m = open(corpus)) {
      assertTrue(m.stats().rebuilt());
      assertNotEquals(first.contentHash(), m.stats().contentHash());
      assertEquals(first.chunks() + 1, m.stats().chunks());
    }
    try (Stream<Path> gens = Files.list(tmp.resolve("data/index"))) {
      assertEquals(1, gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
    }
  }

  @Test
  @DisplayName("条文引用走精确路由：《企业信用修复测试办法》第三条排第一")
  void exact_reference_comes_first() throws Exception {
    try (KnowledgeModule m = open(FixtureCorpus.write(tmp.resolve("corpus")))) {
      SearchHit top = search(m, "《企业信用修复测试办法》第三条", null, TODAY).getFirst();
      assertTrue(top.exact());
      assertEquals("第三条", top.article());
      assertEquals("企业信用修复测试办法", top.title());
      assertEquals("第二章 程序", top.path());
      assertEquals(Source.OFFICIAL, top.source());
    }
  }

  @Test
  @DisplayName("地区过滤：上海的问题不返回浙江的条例，全国性文件照常返回")
  void region_filter_excludes_other_regions() throws Exception {
    try (KnowledgeModule m = open(FixtureCorpus.write(tmp.resolve("corpus")))) {
      List<SearchHit> sh = search(m, "对公共信用信息有异议怎么办", "上海市", TODAY);
      assertTrue(sh.stream().anyMatch(h -> h.title().equals("上海市信用测试条例")));
      assertTrue(sh.stream().noneMatch(h -> h.title().equals("浙江省信用测试条例")));
      List<SearchHit> zj = search(m, "对公共信用信息有异议怎么办", "台州", TODAY);
      assertTrue(
          zj.stream().anyMatch(h -> h.title().equals("浙江省信用测试条例")),
          "province applies to its cities");
      assertTrue(zj.stream().noneMatch(h -> h.title().equals("上海市信用测试条例")));
      CreditRepairException e =
          assertThrows(CreditRepairException.class, () -> search(m, "异议", "火星", TODAY));
      assertEquals(ErrorCode.INVALID_REGION, e.code());
    }
  }

  @Test
  @DisplayName("按日期：未施行的文件不返回，已废止的排在现行文件之后")
  void as_of_date_excludes_future_and_ranks_repealed_last() throws Exception {
    try (KnowledgeModule m = open(FixtureCorpus.write(tmp.resolve("corpus")))) {
      List<SearchHit> now = search(m, "信用修复申请 办理", null, TODAY);
      assertTrue(now.stream().noneMatch(h -> h.title().equals("未来信用测试办法")));
      int repealed = indexOf(now, "旧版信用测试办法");
      int current = indexOf(now, "企业信用修复测试办法");
      assertTrue(current >= 0 && (repealed < 0 || repealed > current), "repealed after in-force");
      List<SearchHit> future = search(m, "信用修复申请一律网上办理", null, LocalDate.of(2031, 1, 1));
      assertEquals("未来信用测试办法", future.getFirst().title());
      List<SearchHit> past = search(m, "到窗口办理并提交纸质材料", null, LocalDate.of(2012, 1, 1));
      assertEquals("旧版信用测试办法", past.getFirst().title());
    }
  }

  @Test
  void source_filter_limits_to_official_texts_or_guides() throws Exception {
    try (KnowledgeModule m = open(FixtureCorpus.write(tmp.resolve("corpus")))) {
      List<SearchHit> guides =
          m.search()
              .search(
                  new SearchQuery("信用修复", 10, null, TODAY, SearchMode.BM25, Set.of(Source.GUIDE)))
              .hits();
      assertFalse(guides.isEmpty());
      assertTrue(guides.stream().allMatch(h -> h.source() == Source.GUIDE));
      List<SearchHit> official =
          m.search()
              .search(
                  new SearchQuery(
                      "信用修复", 10, null, TODAY, SearchMode.BM25, Set.of(Source.OFFICIAL)))
              .hits();
      assertTrue(official.stream().allMatch(h -> h.source() == Source.OFFICIAL));
    }
  }

  private static int indexOf(List<SearchHit> hits, String title) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).title().equals(title)) {
        return i;
      }
    }
    return -1;
  }
}
