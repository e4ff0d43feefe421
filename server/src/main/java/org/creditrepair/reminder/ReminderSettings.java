package org.creditrepair.reminder;

import java.time.Duration;
import java.util.Objects;

/**
 * 提醒调度设置：how often the dispatcher polls, how many items it claims at once and for how long, retries
 * with exponential backoff, and how many sent reminders each tenant keeps.
 *
 * @param pollInterval pause between polls when nothing is due (default 1 s)
 * @param batchSize items claimed per store call
 * @param lease how long a claim is exclusive; longer than the slowest delivery
 * @param maxAttempts deliveries before an item becomes a dead letter
 * @param backoffBase first retry delay; attempt n waits base × 2^(n−1)
 * @param backoffCap longest retry delay
 * @param sentKept sent reminders kept per tenant
 * @param maxSubscriptions active subscriptions per tenant
 */
public record ReminderSettings(
    Duration pollInterval,
    int batchSize,
    Duration lease,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffCap,
    int sentKept,
    int maxSubscriptions) {
  public ReminderSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(backoffBase, "backoffBase");
    Objects.requireNonNull(backoffCap, "backoffCap");
    if (pollInterval.toMillis() < 1 || batchSize < 1 || batchSize > 1_000) {
      throw new IllegalArgumentException("轮询间隔须 ≥ 1 毫秒，批量须在 1–1000 之间");
    }
    if (maxAttempts < 1 || maxAttempts > 100 || sentKept < 1 || sentKept > 1_000) {
      throw new IllegalArgumentException("最大尝试次数须在 1–100 之间，保留条数须在 1–1000 之间");
    }
  }

  /** Defaults: poll every second, 100 per claim, 2-minute lease, 8 attempts, 30 s × 2^n to 1 h. */
  public static ReminderSettings defaults() {
    return new ReminderSettings(
        Duration.ofSeconds(1),
        100,
        Duration.ofMinutes(2),
        8,
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        200,
        20);
  }

  public ReminderSettings withPollInterval(Duration d) {
    return new ReminderSettings(
        d, batchSize, lease, maxAttempts, backoffBase, backoffCap, sentKept, maxSubscriptions);
  }

  public ReminderSettings withRetries(int attempts, Duration base, Duration cap) {
    return new ReminderSettings(
        pollInterval, batchSize, lease, attempts, base, cap, sentKept, maxSubscriptions);
  }

  public ReminderSettings withLease(Duration d) {
    return new ReminderSettings(
        pollInterval,
        batchSize,
        d,
        maxAttempts,
        backoffBase,
        backoffCap,
        sentKept,
        maxSubscriptions);
  }

  /** The delay before retry after failed attempt {@code attempt} (1 = first). */
  public Duration backoff(int attempt) {
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long ms = backoffBase.toMillis() << shift;
    return ms <= 0 || ms > backoffCap.toMillis() ? backoffCap : Duration.ofMillis(ms);
  }
}
