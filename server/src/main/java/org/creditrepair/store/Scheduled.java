package org.creditrepair.store;

import java.time.Instant;
import java.util.Objects;

/**
 * 定时任务：an item of a scheduled queue (e.g. a 提醒), due at {@code dueAt}, delivered at most {@code
 * maxAttempts} times before it moves to the dead-letter list.
 *
 * @param queue queue name
 * @param id item id, unique within the queue; scheduling it again replaces it
 * @param dueAt when it becomes claimable
 * @param payload the item text (JSON), stored as given
 * @param maxAttempts deliveries allowed (1–100)
 */
public record Scheduled(String queue, String id, Instant dueAt, String payload, int maxAttempts) {
  public Scheduled {
    StoreNames.name("queue", queue);
    StoreNames.id("id", id);
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(payload, "payload");
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("maxAttempts 必须在 1–100 之间，实际为 " + maxAttempts);
    }
  }
}
