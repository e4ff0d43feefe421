package org.creditrepair.app;

import java.io.PrintStream;
import java.util.Locale;
import org.creditrepair.knowledge.IndexProgress;

/**
 * 进度显示：shows index-building progress as a redrawn bar on a terminal, or as plain lines (phase
 * start, every 10 %, phase end) when the output is not a terminal.
 */
final class ProgressPrinter implements IndexProgress {
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean bar;
  private String phase;
  private int lastShown = -1;
  private boolean lineOpen;

  private ProgressPrinter(PrintStream out, boolean bar) {
    this.out = out;
    this.bar = bar;
  }

  /** A redrawn progress bar, for a terminal. */
  static ProgressPrinter bar(PrintStream out) {
    return new ProgressPrinter(out, true);
  }

  /** Plain lines, for logs and pipes. */
  static ProgressPrinter lines(PrintStream out) {
    return new ProgressPrinter(out, false);
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (!phase.equals(this.phase)) {
      finish();
      this.phase = phase;
      lastShown = -1;
    }
    int percent = total <= 0 ? 100 : (int) Math.min(100, 100L * done / total);
    int step = bar ? percent : percent / 10 * 10;
    if (step == lastShown) {
      return;
    }
    lastShown = step;
    if (bar) {
      int filled = percent * BAR_WIDTH / 100;
      out.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3d%% %d/%d",
          phase,
          "#".repeat(filled),
          " ".repeat(BAR_WIDTH - filled),
          percent,
          done,
          total);
      lineOpen = true;
    } else {
      out.printf(Locale.ROOT, "%s: %d/%d (%d%%)%n", phase, done, total, percent);
    }
    out.flush();
  }

  /** Ends the current bar line, if one is open. */
  synchronized void finish() {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
    out.flush();
  }
}
