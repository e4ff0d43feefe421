package org.creditrepair.store;

import java.time.Instant;
import java.util.Objects;

/**
 * 文档：one stored JSON document with its owner (tenant = 统一社会信用代码), status and version.
 *
 * @param collection collection name, e.g. {@code applications}
 * @param id document id, unique within the collection
 * @param tenant owning enterprise's 统一社会信用代码 (or another tenant token)
 * @param status status the per-tenant listing can filter by
 * @param version 1 when created, +1 per update
 * @param body the JSON text, stored as given
 * @param createdAt when it was created (milliseconds)
 * @param updatedAt when it was last written (milliseconds)
 */
public record Document(
    String collection,
    String id,
    String tenant,
    String status,
    long version,
    String body,
    Instant createdAt,
    Instant updatedAt) {
  public Document {
    StoreNames.name("collection", collection);
    StoreNames.id("id", id);
    StoreNames.token("tenant", tenant);
    StoreNames.token("status", status);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version 必须 ≥ 1，实际为 " + version);
    }
  }
}
