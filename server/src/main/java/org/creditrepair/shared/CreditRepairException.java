package org.creditrepair.shared;

import java.util.Map;
import java.util.Objects;

/**
 * 业务异常：the one unchecked exception root; carries a closed {@link ErrorCode}, a Chinese message for
 * people and machine-readable details (field path, limits).
 */
public class CreditRepairException extends RuntimeException {
  private final ErrorCode code;
  private final Map<String, String> details;

  public CreditRepairException(ErrorCode code, String message) {
    this(code, message, Map.of(), null);
  }

  public CreditRepairException(ErrorCode code, String message, Map<String, String> details) {
    this(code, message, details, null);
  }

  public CreditRepairException(
      ErrorCode code, String message, Map<String, String> details, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.details = Map.copyOf(details);
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, String> details() {
    return details;
  }

  /** A 400-class error about one request field. */
  public static CreditRepairException field(ErrorCode code, String field, String message) {
    return new CreditRepairException(code, message, Map.of("field", field));
  }
}
