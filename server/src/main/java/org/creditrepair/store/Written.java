package org.creditrepair.store;

import java.util.Objects;

/**
 * 写入结果：the document as a create or update left it; {@code replayed} when an idempotency key
 * returned an earlier result instead of writing again.
 *
 * @param document the document as that write produced it
 * @param replayed true when this is the stored result of an earlier request with the same key
 */
public record Written(Document document, boolean replayed) {
  public Written {
    Objects.requireNonNull(document, "document");
  }
}
