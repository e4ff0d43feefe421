package org.creditrepair.shared.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.MultiMap;
import io.vertx.grpc.common.GrpcStatus;
import java.net.ConnectException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.proto.common.v1.ErrorDetail;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GrpcErrorsTest {
  @Test
  void should_mirror_every_error_code_in_the_proto_enum() {
    Set<String> proto =
        Arrays.stream(org.creditrepair.proto.common.v1.ErrorCode.values())
            .filter(c -> c != org.creditrepair.proto.common.v1.ErrorCode.UNRECOGNIZED)
            .filter(c -> c != org.creditrepair.proto.common.v1.ErrorCode.ERROR_CODE_UNSPECIFIED)
            .map(Enum::name)
            .collect(Collectors.toSet());
    Set<String> java =
        Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
    assertEquals(java, proto);
  }

  @Test
  void should_map_status_by_kind_of_error() {
    assertEquals(GrpcStatus.INVALID_ARGUMENT, GrpcErrors.status(ErrorCode.TOP_K_OUT_OF_RANGE));
    assertEquals(GrpcStatus.INVALID_ARGUMENT, GrpcErrors.status(ErrorCode.INVALID_JSON));
    assertEquals(GrpcStatus.NOT_FOUND, GrpcErrors.status(ErrorCode.NOT_FOUND));
    assertEquals(GrpcStatus.UNAVAILABLE, GrpcErrors.status(ErrorCode.NOT_READY));
    assertEquals(GrpcStatus.UNAVAILABLE, GrpcErrors.status(ErrorCode.UPSTREAM_UNAVAILABLE));
    assertEquals(GrpcStatus.DEADLINE_EXCEEDED, GrpcErrors.status(ErrorCode.DEADLINE_EXCEEDED));
    assertEquals(GrpcStatus.INTERNAL, GrpcErrors.status(ErrorCode.INTERNAL));
    assertEquals(GrpcStatus.RESOURCE_EXHAUSTED, GrpcErrors.status(ErrorCode.PAYLOAD_TOO_LARGE));
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void should_send_client_errors_as_invalid_argument_or_specific_status(ErrorCode code) {
    GrpcStatus status = GrpcErrors.status(code);
    assertNotNull(status);
    assertFalse(status == GrpcStatus.OK || status == GrpcStatus.UNKNOWN, code + " -> " + status);
    if (code.httpStatus() == 400) {
      assertEquals(GrpcStatus.INVALID_ARGUMENT, status);
    }
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void should_round_trip_every_code_through_the_trailer(ErrorCode code) {
    CreditRepairException sent =
        new CreditRepairException(code, "中文说明 " + code, Map.of("field", "topK", "max", "50"));
    MultiMap trailers = MultiMap.caseInsensitiveMultiMap();
    trailers.set(GrpcErrors.TRAILER, GrpcErrors.encode(GrpcErrors.toDetail(sent)));

    CreditRepairException received =
        GrpcErrors.fromResponse(GrpcErrors.status(code), "ignored", null, trailers);

    assertEquals(code, received.code());
    assertEquals(sent.getMessage(), received.getMessage());
    assertEquals(sent.details(), received.details());
  }

  @Test
  void should_find_the_detail_in_headers_of_a_trailers_only_response() {
    CreditRepairException sent = new CreditRepairException(ErrorCode.NOT_READY, "加载中");
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    headers.set(GrpcErrors.TRAILER, GrpcErrors.encode(GrpcErrors.toDetail(sent)));
    CreditRepairException received =
        GrpcErrors.fromResponse(
            GrpcStatus.UNAVAILABLE, null, headers, MultiMap.caseInsensitiveMultiMap());
    assertEquals(ErrorCode.NOT_READY, received.code());
  }

  @Test
  void should_accept_padded_base64_as_grpc_java_may_send() {
    ErrorDetail detail = GrpcErrors.toDetail(new CreditRepairException(ErrorCode.EMPTY_QUERY, "空"));
    String padded = java.util.Base64.getEncoder().encodeToString(detail.toByteArray());
    assertEquals(ErrorCode.EMPTY_QUERY, GrpcErrors.decode(padded).code());
  }

  @Test
  void should_map_bare_statuses_without_detail() {
    assertEquals(
        ErrorCode.DEADLINE_EXCEEDED,
        GrpcErrors.fromResponse(GrpcStatus.DEADLINE_EXCEEDED, null, null, null).code());
    assertEquals(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        GrpcErrors.fromResponse(GrpcStatus.UNAVAILABLE, null, null, null).code());
    assertEquals(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        GrpcErrors.fromResponse(GrpcStatus.UNIMPLEMENTED, null, null, null).code());
    assertEquals(
        ErrorCode.INTERNAL,
        GrpcErrors.fromResponse(GrpcStatus.INVALID_ARGUMENT, "x", null, null).code());
  }

  @Test
  void should_ignore_a_garbled_trailer() {
    MultiMap trailers = MultiMap.caseInsensitiveMultiMap().set(GrpcErrors.TRAILER, "%%%");
    assertEquals(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        GrpcErrors.fromResponse(GrpcStatus.UNAVAILABLE, null, null, trailers).code());
  }

  @Test
  void should_hide_unexpected_exceptions_behind_a_generic_internal_error() {
    CreditRepairException e =
        GrpcErrors.toCreditRepair(new IllegalStateException("secret stack detail"));
    assertEquals(ErrorCode.INTERNAL, e.code());
    assertEquals(GrpcErrors.INTERNAL_MESSAGE, e.getMessage());
    assertEquals(Map.of(), GrpcErrors.toDetail(e).getDetailsMap());
  }

  @Test
  void should_pass_known_exceptions_through_unchanged() {
    CreditRepairException e = new CreditRepairException(ErrorCode.INVALID_DATE, "日期");
    assertSame(e, GrpcErrors.toCreditRepair(e));
    assertSame(e, GrpcErrors.fromTransportFailure(e, true));
  }

  @Test
  void should_map_transport_failures() {
    assertEquals(
        ErrorCode.UPSTREAM_UNAVAILABLE,
        GrpcErrors.fromTransportFailure(new ConnectException("refused"), false).code());
    assertEquals(
        ErrorCode.DEADLINE_EXCEEDED,
        GrpcErrors.fromTransportFailure(new RuntimeException("reset"), true).code());
  }
}
