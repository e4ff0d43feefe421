package org.creditrepair.eval;

import java.util.Arrays;
import java.util.Locale;

/** 延迟分位数：p50/p95/p99 of a set of latencies in nanoseconds. */
final class Percentiles {
  private final long[] sorted;

  Percentiles(long[] nanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  double millis(double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  (n=%d)",
        millis(50),
        millis(95),
        millis(99),
        sorted.length);
  }
}
