package org.creditrepair.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** 检索指标：Recall@k, MRR@10 and binary nDCG@10 over deduplicated (document, article) keys. */
public final class Metrics {
  private double recall1;
  private double recall5;
  private double mrr10;
  private double ndcg10;
  private int n;

  /** Adds one question: its relevant keys and the ranked hit keys. */
  public void add(Set<String> relevant, List<String> rankedKeys) {
    List<String> ranked = List.copyOf(new LinkedHashSet<>(rankedKeys));
    recall1 += recall(relevant, ranked, 1);
    recall5 += recall(relevant, ranked, 5);
    double rr = 0;
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      if (matches(relevant, ranked.get(i))) {
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
        dcg += 1.0 / log2(i + 2);
      }
    }
    double idcg = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      idcg += 1.0 / log2(i + 2);
    }
    mrr10 += rr;
    ndcg10 += idcg == 0 ? 0 : dcg / idcg;
    n++;
  }

  private static double recall(Set<String> relevant, List<String> ranked, int k) {
    long found =
        relevant.stream()
            .filter(
                r ->
                    ranked.subList(0, Math.min(k, ranked.size())).stream()
                        .anyMatch(h -> same(r, h)))
            .count();
    return relevant.isEmpty() ? 0 : (double) found / relevant.size();
  }

  private static boolean matches(Set<String> relevant, String hit) {
    return relevant.stream().anyMatch(r -> same(r, hit));
  }

  /** A label without an article ("DOC|") matches any chunk of that document. */
  private static boolean same(String label, String hit) {
    return label.endsWith("|") ? hit.startsWith(label) : label.equals(hit);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  public double recall1() {
    return n == 0 ? 0 : recall1 / n;
  }

  public double recall5() {
    return n == 0 ? 0 : recall5 / n;
  }

  public double mrr10() {
    return n == 0 ? 0 : mrr10 / n;
  }

  public double ndcg10() {
    return n == 0 ? 0 : ndcg10 / n;
  }

  public int count() {
    return n;
  }
}
