package org.creditrepair.shared.grpc;

import com.google.protobuf.InvalidProtocolBufferException;
import io.vertx.core.MultiMap;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.server.GrpcServerResponse;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.util.Base64;
import java.util.Map;
import org.creditrepair.proto.common.v1.ErrorDetail;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * gRPC 错误映射：the one place that turns a {@link CreditRepairException} into a gRPC status plus an
 * {@link ErrorDetail} in the binary trailer {@value #TRAILER}, and back again on the client side,
 * so a remote error arrives as the same exception.
 */
public final class GrpcErrors {
  /** Trailer carrying the serialised {@link ErrorDetail}; "-bin" values are base64 on the wire. */
  public static final String TRAILER = "creditrepair-error-bin";

  static final String INTERNAL_MESSAGE = "服务器内部错误，请稍后再试";
  static final String UNAVAILABLE_MESSAGE = "上游服务暂时不可用，请稍后再试";
  static final String DEADLINE_MESSAGE = "上游服务响应超时，请稍后再试";

  private static final System.Logger LOG = System.getLogger(GrpcErrors.class.getName());

  private GrpcErrors() {}

  /** The gRPC status an error code travels as. */
  public static GrpcStatus status(ErrorCode code) {
    return switch (code) {
      case INVALID_JSON,
          UNSUPPORTED_MEDIA_TYPE,
          MISSING_FIELD,
          EMPTY_QUERY,
          QUERY_TOO_LONG,
          TOP_K_OUT_OF_RANGE,
          INVALID_FIELD_TYPE,
          UNKNOWN_FIELD,
          INVALID_DATE,
          INVALID_REGION,
          NOT_ACCEPTABLE,
          BAD_REQUEST,
          INVALID_USCC,
          INVALID_VALUE,
          FUTURE_DATE,
          INCONSISTENT_DATES,
          DUPLICATE_RECORD_ID,
          INVALID_AMOUNT,
          FIELD_TOO_LONG,
          INVALID_PUSH_TARGET,
          UNSUPPORTED_FILE_TYPE,
          ENCRYPTED_PDF,
          MALFORMED_FILE,
          FILE_TOO_COMPLEX,
          MESSAGE_TOO_LONG ->
          GrpcStatus.INVALID_ARGUMENT;
      case NOT_FOUND, TEMPLATE_NOT_FOUND -> GrpcStatus.NOT_FOUND;
      case UNAUTHENTICATED -> GrpcStatus.UNAUTHENTICATED;
      case FORBIDDEN -> GrpcStatus.PERMISSION_DENIED;
      case CONFLICT -> GrpcStatus.ABORTED;
      case ILLEGAL_TRANSITION, SESSION_CLOSED -> GrpcStatus.FAILED_PRECONDITION;
      case METHOD_NOT_ALLOWED -> GrpcStatus.UNIMPLEMENTED;
      case PAYLOAD_TOO_LARGE,
          TOO_MANY_RECORDS,
          RATE_LIMITED,
          TOO_MANY_SUBSCRIPTIONS,
          FILE_TOO_LARGE,
          TOO_MANY_FILES,
          IMAGE_TOO_LARGE,
          TOO_MANY_PAGES ->
          GrpcStatus.RESOURCE_EXHAUSTED;
      case NOT_READY,
          UPSTREAM_UNAVAILABLE,
          PDF_UNAVAILABLE,
          PUSH_CHANNEL_UNAVAILABLE,
          OCR_UNAVAILABLE ->
          GrpcStatus.UNAVAILABLE;
      case DEADLINE_EXCEEDED -> GrpcStatus.DEADLINE_EXCEEDED;
      case INTERNAL -> GrpcStatus.INTERNAL;
    };
  }

  /**
   * Server side: ends {@code response} with the status, message and detail trailer for {@code
   * error}; anything that is not a {@link CreditRepairException} is logged and sent as INTERNAL
   * with a generic message.
   */
  public static void fail(GrpcServerResponse<?, ?> response, Throwable error) {
    CreditRepairException e = toCreditRepair(error);
    response.trailers().set(TRAILER, encode(toDetail(e)));
    response.status(status(e.code())).statusMessage(e.getMessage());
    response.end();
  }

  /** The exception a server-side failure is reported as (unexpected ones become INTERNAL). */
  public static CreditRepairException toCreditRepair(Throwable error) {
    if (error instanceof CreditRepairException e) {
      return e;
    }
    LOG.log(Level.ERROR, "gRPC 调用出现未预期的异常", error);
    return new CreditRepairException(ErrorCode.INTERNAL, INTERNAL_MESSAGE, Map.of(), error);
  }

  /**
   * Client side: the exception for a non-OK response; uses the detail trailer when present (it may
   * arrive in the headers of a trailers-only response), else maps the bare status.
   */
  public static CreditRepairException fromResponse(
      GrpcStatus status, String statusMessage, MultiMap headers, MultiMap trailers) {
    String encoded = trailers != null ? trailers.get(TRAILER) : null;
    if (encoded == null && headers != null) {
      encoded = headers.get(TRAILER);
    }
    if (encoded != null) {
      CreditRepairException decoded = decode(encoded);
      if (decoded != null) {
        return decoded;
      }
    }
    return fromBareStatus(status, statusMessage);
  }

  /** Client side: the exception for a call that failed without a gRPC status (transport). */
  public static CreditRepairException fromTransportFailure(
      Throwable error, boolean deadlinePassed) {
    if (error instanceof CreditRepairException e) {
      return e;
    }
    if (deadlinePassed) {
      return new CreditRepairException(ErrorCode.DEADLINE_EXCEEDED, DEADLINE_MESSAGE);
    }
    if (error instanceof ConnectException) {
      return new CreditRepairException(
          ErrorCode.UPSTREAM_UNAVAILABLE, UNAVAILABLE_MESSAGE, Map.of(), error);
    }
    LOG.log(Level.WARNING, "gRPC 调用失败：" + error, error);
    return new CreditRepairException(
        ErrorCode.UPSTREAM_UNAVAILABLE, UNAVAILABLE_MESSAGE, Map.of(), error);
  }

  static CreditRepairException fromBareStatus(GrpcStatus status, String statusMessage) {
    return switch (status) {
      case DEADLINE_EXCEEDED ->
          new CreditRepairException(ErrorCode.DEADLINE_EXCEEDED, DEADLINE_MESSAGE);
      case UNAVAILABLE, CANCELLED, UNIMPLEMENTED, RESOURCE_EXHAUSTED, UNKNOWN ->
          new CreditRepairException(
              ErrorCode.UPSTREAM_UNAVAILABLE,
              UNAVAILABLE_MESSAGE,
              Map.of("grpcStatus", status.name()));
      default -> {
        LOG.log(Level.WARNING, "上游返回 gRPC 状态 " + status + "：" + statusMessage);
        yield new CreditRepairException(
            ErrorCode.INTERNAL, INTERNAL_MESSAGE, Map.of("grpcStatus", status.name()));
      }
    };
  }

  /** The proto detail for an exception. */
  public static ErrorDetail toDetail(CreditRepairException e) {
    return ErrorDetail.newBuilder()
        .setCode(org.creditrepair.proto.common.v1.ErrorCode.valueOf(e.code().name()))
        .setMessage(e.getMessage() == null ? "" : e.getMessage())
        .putAllDetails(e.details())
        .build();
  }

  /** The exception for a proto detail, or null when its code is not one this server knows. */
  public static CreditRepairException fromDetail(ErrorDetail detail) {
    ErrorCode code;
    try {
      code = ErrorCode.valueOf(detail.getCode().name());
    } catch (IllegalArgumentException e) {
      return null;
    }
    return new CreditRepairException(code, detail.getMessage(), detail.getDetailsMap());
  }

  static String encode(ErrorDetail detail) {
    return Base64.getEncoder().withoutPadding().encodeToString(detail.toByteArray());
  }

  static CreditRepairException decode(String encoded) {
    try {
      return fromDetail(ErrorDetail.parseFrom(Base64.getDecoder().decode(encoded.strip())));
    } catch (IllegalArgumentException | InvalidProtocolBufferException e) {
      LOG.log(Level.WARNING, "无法解析 " + TRAILER + " 尾部：" + e);
      return null;
    }
  }
}
