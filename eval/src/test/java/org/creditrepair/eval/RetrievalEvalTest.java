package org.creditrepair.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.SearchMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the retrieval evaluation over the shared corpus and seeds (skipped when ../shared is not
 * beside the checkout) and fails when hybrid retrieval falls below the stored baseline.
 */
class RetrievalEvalTest {
  private static final Path DATA = Path.of("questions");
  private static final Path BASELINE = Path.of("baselines", "retrieval.properties");

  @Test
  @DisplayName("评测集本身：至少80题、每题有标注、覆盖每个语料文件与指南")
  void question_set_is_well_formed() throws Exception {
    List<Question> questions = QuestionSet.load(DATA);
    assertTrue(questions.size() >= 80, "at least 80 questions, have " + questions.size());
    Map<String, Long> perDoc =
        questions.stream()
            .flatMap(q -> q.relevant().stream())
            .collect(Collectors.groupingBy(Question.Label::doc, Collectors.counting()));
    for (String doc :
        List.of(
            "REG-ENTERPRISE-INFO-2014",
            "REG-ENTERPRISE-INFO-2024",
            "REG-CREDIT-REPORTING",
            "REG-SPC-DEFAULTER-2013",
            "REG-ADMIN-PENALTY-LAW",
            "REG-SAMR-45",
            "REG-SHANGHAI-CREDIT",
            "REG-SHANDONG-CREDIT",
            "REG-SHENZHEN-CREDIT",
            "REG-HENAN-CREDIT",
            "REG-ZHEJIANG-PUBLIC-CREDIT",
            "REG-TAIZHOU-CREDIT",
            "REG-GUANGDONG-MARKET",
            "REG-BEIJING-BUSINESS-ENV",
            "REG-PRIVATE-ECONOMY",
            "SEED-DANDONG-REPAIR",
            "GOV-2019-35")) {
      assertTrue(perDoc.getOrDefault(doc, 0L) >= 2, "questions for " + doc);
    }
    assertTrue(perDoc.keySet().stream().anyMatch(d -> d.startsWith("GUIDE-")), "guide questions");
  }

  @Test
  @DisplayName("检索评测：混合检索不低于基线，且每个标注都对应真实条文")
  void hybrid_retrieval_holds_the_baseline(@TempDir Path tmp) throws Exception {
    Path shared = Path.of(System.getProperty("cr.shared.dir", "../../shared"));
    assumeTrue(
        Files.isDirectory(shared.resolve("corpus")),
        "skipped: ../shared (official corpus and seeds) is not beside this checkout");
    List<Path> dirs = List.of(shared.resolve("corpus/regulations"), shared.resolve("seeds"));
    List<Question> questions = QuestionSet.load(DATA);
    assertEquals(List.of(), RetrievalEval.invalidLabels(questions, KnownChunks.keys(dirs)));
    try (KnowledgeModule module =
        KnowledgeModule.open(
            new KnowledgeSettings(tmp, dirs, true), Clock.systemUTC(), IndexProgress.NONE)) {
      RetrievalEval.Report r = RetrievalEval.run(module.search(), questions, LocalDate.now());
      RetrievalEval.print(r, System.out);
      Properties baseline = new Properties();
      try (Reader in = Files.newBufferedReader(BASELINE, StandardCharsets.UTF_8)) {
        baseline.load(in);
      }
      assertEquals(List.of(), RetrievalEval.belowBaseline(r, baseline));
      Function<SearchMode, Double> r5 = mode -> r.value(mode, "recall@5");
      System.out.printf(
          "hybrid recall@5 %.3f vs BM25 %.3f (+%.1f points)%n",
          r5.apply(SearchMode.HYBRID),
          r5.apply(SearchMode.BM25),
          100 * (r5.apply(SearchMode.HYBRID) - r5.apply(SearchMode.BM25)));
    }
  }
}
