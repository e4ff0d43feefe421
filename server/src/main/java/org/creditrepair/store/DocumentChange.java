package org.creditrepair.store;

import java.util.Objects;

/**
 * 文档变更：a compare-and-set write, applied only while the stored version is {@code expectedVersion}.
 *
 * @param collection collection name
 * @param id document id
 * @param expectedVersion the version the change was computed from
 * @param status new status
 * @param body new JSON text
 */
public record DocumentChange(
    String collection, String id, long expectedVersion, String status, String body) {
  public DocumentChange {
    StoreNames.name("collection", collection);
    StoreNames.id("id", id);
    StoreNames.token("status", status);
    Objects.requireNonNull(body, "body");
    if (expectedVersion < 1) {
      throw new IllegalArgumentException("expectedVersion 必须 ≥ 1，实际为 " + expectedVersion);
    }
  }
}
