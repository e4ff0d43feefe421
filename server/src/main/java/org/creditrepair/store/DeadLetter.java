package org.creditrepair.store;

import java.time.Instant;
import java.util.Objects;

/**
 * 死信：a scheduled item that failed {@code attempts} times and is no longer delivered.
 *
 * @param queue queue name
 * @param id item id
 * @param payload the item text
 * @param attempts deliveries made
 * @param reason the last failure reported, or why the store gave up
 * @param at when it was dead-lettered
 */
public record DeadLetter(
    String queue, String id, String payload, int attempts, String reason, Instant at) {
  /** The reason recorded when a last attempt's lease ended without an ack or nack. */
  public static final String LEASE_EXPIRED = "租约到期未确认 (lease expired)";

  public DeadLetter {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
