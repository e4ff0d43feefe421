package org.creditrepair.store;

import java.time.Instant;
import java.util.Objects;

/**
 * 领取：one delivery of a scheduled item to {@code owner}, leased until {@code leaseUntil}; {@code
 * owner} and {@code attempt} identify it for {@link Store#ack} and {@link Store#nack}.
 *
 * @param queue queue name
 * @param id item id
 * @param payload the item text
 * @param attempt this delivery's number, 1 for the first
 * @param maxAttempts deliveries allowed before dead-lettering
 * @param owner who claimed it
 * @param leaseUntil no one else can claim it before this instant
 */
public record Claim(
    String queue,
    String id,
    String payload,
    int attempt,
    int maxAttempts,
    String owner,
    Instant leaseUntil) {
  public Claim {
    StoreNames.name("queue", queue);
    StoreNames.id("id", id);
    StoreNames.key("owner", owner);
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    if (attempt < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("attempt 与 maxAttempts 必须 ≥ 1");
    }
  }

  /** True when a failure of this delivery moves the item to the dead-letter list. */
  public boolean isLastAttempt() {
    return attempt >= maxAttempts;
  }
}
