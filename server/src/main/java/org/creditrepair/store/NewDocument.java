package org.creditrepair.store;

import java.util.Objects;

/**
 * 新文档：what {@link Store#create} writes as version 1.
 *
 * @param collection collection name
 * @param id new document id
 * @param tenant owning tenant (统一社会信用代码)
 * @param status initial status
 * @param body JSON text
 */
public record NewDocument(String collection, String id, String tenant, String status, String body) {
  public NewDocument {
    StoreNames.name("collection", collection);
    StoreNames.id("id", id);
    StoreNames.token("tenant", tenant);
    StoreNames.token("status", status);
    Objects.requireNonNull(body, "body");
  }
}
