package org.creditrepair.store;

import java.time.Instant;
import java.util.Objects;

/**
 * 日志条目：one entry of an append-only log (e.g. the 审计日志).
 *
 * @param seq position in the log, 1 for the first entry
 * @param at when it was appended (milliseconds)
 * @param entry the entry text (JSON), stored as given
 */
public record LogEntry(long seq, Instant at, String entry) {
  public LogEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(entry, "entry");
    if (seq < 1) {
      throw new IllegalArgumentException("seq 必须 ≥ 1，实际为 " + seq);
    }
  }
}
