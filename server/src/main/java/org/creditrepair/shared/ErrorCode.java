package org.creditrepair.shared;

/**
 * 错误码：the closed set of error codes clients may branch on, mirrored in {@code
 * creditrepair.common.v1.ErrorCode}.
 */
public enum ErrorCode {
  INVALID_JSON(400),
  UNSUPPORTED_MEDIA_TYPE(415),
  MISSING_FIELD(400),
  EMPTY_QUERY(400),
  QUERY_TOO_LONG(400),
  TOP_K_OUT_OF_RANGE(400),
  INVALID_FIELD_TYPE(400),
  UNKNOWN_FIELD(400),
  INVALID_DATE(400),
  INVALID_REGION(400),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  PAYLOAD_TOO_LARGE(413),
  NOT_READY(503),
  UPSTREAM_UNAVAILABLE(503),
  DEADLINE_EXCEEDED(504),
  INTERNAL(500),
  NOT_ACCEPTABLE(406),
  BAD_REQUEST(400),
  INVALID_USCC(400),
  INVALID_VALUE(400),
  FUTURE_DATE(400),
  INCONSISTENT_DATES(400),
  TOO_MANY_RECORDS(413),
  DUPLICATE_RECORD_ID(400),
  INVALID_AMOUNT(400),
  FIELD_TOO_LONG(400),
  TEMPLATE_NOT_FOUND(404),
  PDF_UNAVAILABLE(503),
  UNAUTHENTICATED(401),
  FORBIDDEN(403),
  RATE_LIMITED(429),
  CONFLICT(409),
  ILLEGAL_TRANSITION(409),
  INVALID_PUSH_TARGET(400),
  TOO_MANY_SUBSCRIPTIONS(409),
  PUSH_CHANNEL_UNAVAILABLE(503),
  UNSUPPORTED_FILE_TYPE(415),
  FILE_TOO_LARGE(413),
  TOO_MANY_FILES(413),
  ENCRYPTED_PDF(422),
  MALFORMED_FILE(422),
  IMAGE_TOO_LARGE(413),
  TOO_MANY_PAGES(413),
  FILE_TOO_COMPLEX(422),
  OCR_UNAVAILABLE(503),
  MESSAGE_TOO_LONG(400),
  SESSION_CLOSED(409);

  private final int httpStatus;

  ErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status this code maps to. */
  public int httpStatus() {
    return httpStatus;
  }

  /** True when the caller sent something wrong (4xx), false for server-side conditions. */
  public boolean isClientError() {
    return httpStatus >= 400 && httpStatus < 500;
  }
}
