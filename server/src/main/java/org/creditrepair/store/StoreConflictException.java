package org.creditrepair.store;

import java.util.Map;
import java.util.Objects;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 存储冲突：a write the store refused because of what is already stored; {@link #kind()} says which
 * rule, {@code details} carry {@code conflict}, {@code collection}, {@code id} and, for a version
 * conflict, {@code currentVersion}.
 *
 * <p>The error code is {@link ErrorCode#CONFLICT} (HTTP 409, gRPC ABORTED); callers branch on
 * {@link #kind()} or {@code details.conflict}, never on the message.
 */
public final class StoreConflictException extends CreditRepairException {
  /** 冲突类型：the rule a refused write broke. */
  public enum Kind {
    /** The document's version is not the expected one (someone else wrote first). */
    VERSION_CONFLICT,
    /** A document with that id already exists. */
    ALREADY_EXISTS,
    /** The idempotency key was used before with a different request. */
    IDEMPOTENCY_KEY_REUSED
  }

  private final Kind kind;
  private final long currentVersion;

  private StoreConflictException(Kind kind, String message, Map<String, String> details, long v) {
    super(ErrorCode.CONFLICT, message, details);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.currentVersion = v;
  }

  /** The stored version is {@code current}, not the one the change expected. */
  public static StoreConflictException version(String collection, String id, long current) {
    return new StoreConflictException(
        Kind.VERSION_CONFLICT,
        "文档已被修改（当前版本 " + current + "），请重新读取后再试",
        Map.of(
            "conflict",
            Kind.VERSION_CONFLICT.name(),
            "collection",
            collection,
            "id",
            id,
            "currentVersion",
            Long.toString(current)),
        current);
  }

  /** A document with this id exists already. */
  public static StoreConflictException exists(String collection, String id) {
    return new StoreConflictException(
        Kind.ALREADY_EXISTS,
        "文档已存在：" + id,
        Map.of("conflict", Kind.ALREADY_EXISTS.name(), "collection", collection, "id", id),
        -1);
  }

  /** The key was first used with another request. */
  public static StoreConflictException keyReused(String collection, String key) {
    return new StoreConflictException(
        Kind.IDEMPOTENCY_KEY_REUSED,
        "幂等键已用于另一个不同的请求",
        Map.of(
            "conflict",
            Kind.IDEMPOTENCY_KEY_REUSED.name(),
            "collection",
            collection,
            "idempotencyKey",
            key),
        -1);
  }

  /** Which rule the write broke. */
  public Kind kind() {
    return kind;
  }

  /** The stored version for a {@link Kind#VERSION_CONFLICT}, else -1. */
  public long currentVersion() {
    return currentVersion;
  }
}
