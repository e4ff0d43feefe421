package org.creditrepair.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSearch;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.SearchHit;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;

/**
 * 检索评测：runs the labelled questions against BM25-only, dense-only and hybrid retrieval and prints
 * Recall@1, Recall@5, MRR@10 and nDCG@10 side by side; compares hybrid with the stored baseline.
 */
public final class RetrievalEval {
  static final List<String> METRICS = List.of("recall@1", "recall@5", "mrr@10", "ndcg@10");

  /** Results of one run. */
  public record Report(Map<SearchMode, Metrics> byMode, List<String> hybridMisses, int questions) {
    double value(SearchMode mode, String metric) {
      Metrics m = byMode.get(mode);
      return switch (metric) {
        case "recall@1" -> m.recall1();
        case "recall@5" -> m.recall5();
        case "mrr@10" -> m.mrr10();
        case "ndcg@10" -> m.ndcg10();
        default -> throw new IllegalArgumentException(metric);
      };
    }
  }

  private RetrievalEval() {}

  /** Checks every label names a chunk the indexer produces; returns the bad ones. */
  public static List<String> invalidLabels(List<Question> questions, Set<String> known) {
    List<String> bad = new ArrayList<>();
    for (Question q : questions) {
      for (Question.Label l : q.relevant()) {
        if (!known.contains(l.key())) {
          bad.add(q.id() + " → " + l.doc() + " " + l.article());
        }
      }
    }
    return bad;
  }

  /** Runs every question in every mode. */
  public static Report run(KnowledgeSearch search, List<Question> questions, LocalDate today) {
    Map<SearchMode, Metrics> byMode = new EnumMap<>(SearchMode.class);
    List<String> misses = new ArrayList<>();
    for (SearchMode mode : SearchMode.values()) {
      Metrics m = new Metrics();
      for (Question q : questions) {
        LocalDate asOf = q.asOf() == null ? today : q.asOf();
        List<SearchHit> hits =
            search
                .search(new SearchQuery(q.question(), 10, q.region(), asOf, mode, q.sources()))
                .hits();
        List<String> keys = new ArrayList<>();
        for (SearchHit h : hits) {
          keys.add(h.docId() + "|" + (h.article() == null ? "" : h.article()));
        }
        Set<String> relevant = new LinkedHashSet<>();
        q.relevant().forEach(l -> relevant.add(l.key()));
        m.add(relevant, keys);
        if (mode == SearchMode.HYBRID
            && keys.stream()
                .limit(5)
                .noneMatch(
                    k ->
                        relevant.contains(k)
                            || relevant.stream()
                                .anyMatch(r -> r.endsWith("|") && k.startsWith(r)))) {
          misses.add(q.id() + " " + q.question() + "  → " + keys.stream().limit(3).toList());
        }
      }
      byMode.put(mode, m);
    }
    return new Report(byMode, misses, questions.size());
  }

  /** Prints the side-by-side table. */
  public static void print(Report r, PrintStream out) {
    out.printf(Locale.ROOT, "Retrieval evaluation over %d questions%n", r.questions());
    out.printf(Locale.ROOT, "%-10s %10s %10s %10s%n", "metric", "BM25", "dense", "hybrid");
    for (String metric : METRICS) {
      out.printf(
          Locale.ROOT,
          "%-10s %10.3f %10.3f %10.3f%n",
          metric,
          r.value(SearchMode.BM25, metric),
          r.value(SearchMode.DENSE, metric),
          r.value(SearchMode.HYBRID, metric));
    }
  }

  /** Hybrid metrics that fell below the baseline (beyond a 0.005 tolerance). */
  public static List<String> belowBaseline(Report r, Properties baseline) {
    List<String> below = new ArrayList<>();
    for (String metric : METRICS) {
      String v = baseline.getProperty("hybrid." + metric);
      if (v != null && r.value(SearchMode.HYBRID, metric) + 0.005 < Double.parseDouble(v)) {
        below.add(
            String.format(
                Locale.ROOT,
                "hybrid %s %.3f < baseline %s",
                metric,
                r.value(SearchMode.HYBRID, metric),
                v));
      }
    }
    return below;
  }

  /** Writes the hybrid (and, for reference, BM25 and dense) figures as the new baseline. */
  public static void writeBaseline(Report r, Path file) throws IOException {
    StringBuilder sb =
        new StringBuilder(
            "# Retrieval baseline: the evaluation fails when hybrid falls below these.\n");
    sb.append("questions=").append(r.questions()).append('\n');
    for (SearchMode mode : SearchMode.values()) {
      for (String metric : METRICS) {
        sb.append(mode.name().toLowerCase(Locale.ROOT))
            .append('.')
            .append(metric)
            .append('=')
            .append(String.format(Locale.ROOT, "%.3f", r.value(mode, metric)))
            .append('\n');
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Usage: {@code RetrievalEval [--corpus DIR[:DIR]] [--questions DIR] [--data-dir DIR] [--baseline
   * FILE] [--write-baseline]}.
   */
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("cr.shared.dir", "../shared"));
    String corpus = shared.resolve("corpus/regulations") + ":" + shared.resolve("seeds");
    Path questionsDir = Path.of("eval/questions");
    Path dataDir = Path.of("target/eval-data");
    Path baseline = Path.of("eval/baselines/retrieval.properties");
    boolean write = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[++i];
        case "--questions" -> questionsDir = Path.of(args[++i]);
        case "--data-dir" -> dataDir = Path.of(args[++i]);
        case "--baseline" -> baseline = Path.of(args[++i]);
        case "--write-baseline" -> write = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Path> dirs = java.util.Arrays.stream(corpus.split(":")).map(Path::of).toList();
    List<Question> questions = QuestionSet.load(questionsDir);
    List<String> bad = invalidLabels(questions, KnownChunks.keys(dirs));
    if (!bad.isEmpty()) {
      System.err.println("labels that name no indexed chunk:\n  " + String.join("\n  ", bad));
      System.exit(1);
    }
    try (KnowledgeModule module =
        KnowledgeModule.open(
            new KnowledgeSettings(dataDir, dirs, true), Clock.systemUTC(), IndexProgress.NONE)) {
      Report r = run(module.search(), questions, LocalDate.now());
      print(r, System.out);
      System.out.println("hybrid misses at 5:");
      r.hybridMisses().forEach(m -> System.out.println("  " + m));
      if (write) {
        writeBaseline(r, baseline);
        System.out.println("baseline written to " + baseline);
        return;
      }
      Properties p = new Properties();
      if (Files.exists(baseline)) {
        try (var in = Files.newBufferedReader(baseline, StandardCharsets.UTF_8)) {
          p.load(in);
        }
      }
      List<String> below = belowBaseline(r, p);
      below.forEach(System.err::println);
      System.exit(below.isEmpty() ? 0 : 1);
    }
  }
}
