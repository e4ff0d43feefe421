package org.creditrepair.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestServers;
import org.creditrepair.proto.common.v1.ErrorCode;
import org.creditrepair.proto.common.v1.ErrorDetail;
import org.creditrepair.proto.diagnosis.v1.DiagnoseRequest;
import org.creditrepair.proto.diagnosis.v1.DiagnoseResponse;
import org.creditrepair.proto.diagnosis.v1.DiagnosisServiceGrpc;
import org.creditrepair.proto.diagnosis.v1.Enterprise;
import org.creditrepair.proto.diagnosis.v1.FindingStatus;
import org.creditrepair.proto.diagnosis.v1.Platform;
import org.creditrepair.proto.diagnosis.v1.Record;
import org.creditrepair.proto.diagnosis.v1.RecordType;
import org.creditrepair.proto.diagnosis.v1.Sanction;
import org.creditrepair.proto.plan.v1.PlanResponse;
import org.creditrepair.proto.plan.v1.PlanServiceGrpc;
import org.creditrepair.proto.plan.v1.RenderTemplateRequest;
import org.creditrepair.shared.grpc.GrpcErrors;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DiagnosisService and PlanService through a real gRPC channel. */
class RepairGrpcIT {
  static final Metadata.Key<ErrorDetail> DETAIL =
      Metadata.Key.of(
          GrpcErrors.TRAILER, ProtoUtils.metadataMarshaller(ErrorDetail.getDefaultInstance()));
  static final Enterprise ACME =
      Enterprise.newBuilder()
          .setName("某某有限公司")
          .setUscc(Uscc.withCheckCharacter("91330106MA2B00001"))
          .build();

  @TempDir static Path tmp;
  static Application app;
  static ManagedChannel channel;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    channel = ManagedChannelBuilder.forAddress("127.0.0.1", app.grpcPort()).usePlaintext().build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    if (app != null) {
      app.close();
    }
  }

  static Record lowFine() {
    return Record.newBuilder()
        .setId("r1")
        .setType(RecordType.ADMIN_PENALTY)
        .addSanctions(Sanction.LOW_FINE)
        .addPlatforms(Platform.GSXT)
        .setDecisionDate("2026-01-05")
        .setPublishedDate("2026-01-12")
        .setFulfilledDate("2026-01-20")
        .build();
  }

  @Test
  void should_diagnose_over_grpc() {
    DiagnoseResponse r =
        DiagnosisServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .diagnose(
                DiagnoseRequest.newBuilder()
                    .setEnterprise(ACME)
                    .addRecords(lowFine())
                    .setAsOf("2026-11-24")
                    .build());
    assertEquals(1, r.getFindingsCount());
    // 较低数额罚款 published 2026-01-12: publicity ends three months later, 2026-04-12 (第十三条).
    assertEquals(FindingStatus.AUTO_EXPIRES, r.getFindings(0).getStatus());
    assertEquals("2026-04-12", r.getFindings(0).getAutoEndDate());
  }

  @Test
  void should_plan_over_grpc() {
    PlanResponse p =
        PlanServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .createPlan(
                DiagnoseRequest.newBuilder()
                    .setEnterprise(ACME)
                    .addRecords(lowFine().toBuilder().setPublishedDate("2026-10-12"))
                    .setAsOf("2026-11-24")
                    .build());
    assertTrue(p.getStepsCount() > 0, p.toString());
    assertEquals(p.getDiagnosis().getFindingsCount(), 1);
  }

  @Test
  void should_send_invalid_argument_with_the_field_path() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                DiagnosisServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .diagnose(
                        DiagnoseRequest.newBuilder()
                            .setEnterprise(ACME)
                            .addRecords(lowFine().toBuilder().setPublishedDate("2099-01-01"))
                            .setAsOf("2026-11-24")
                            .build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    ErrorDetail d = e.getTrailers().get(DETAIL);
    assertEquals(ErrorCode.FUTURE_DATE, d.getCode());
    assertEquals("records[0].publishedDate", d.getDetailsMap().get("field"));
  }

  @Test
  void should_reject_unspecified_enum_values() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                DiagnosisServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .diagnose(
                        DiagnoseRequest.newBuilder()
                            .setEnterprise(ACME)
                            .addRecords(
                                lowFine().toBuilder().addSanctions(Sanction.SANCTION_UNSPECIFIED))
                            .build()));
    ErrorDetail d = e.getTrailers().get(DETAIL);
    assertEquals(ErrorCode.INVALID_VALUE, d.getCode());
    assertEquals("records[0].sanctions[1]", d.getDetailsMap().get("field"));
  }

  @Test
  void should_answer_not_found_for_an_unknown_template() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                PlanServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(10, TimeUnit.SECONDS)
                    .renderTemplate(
                        RenderTemplateRequest.newBuilder()
                            .setTemplateId("TPL-NOPE")
                            .setEnterprise(ACME)
                            .build()));
    assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
    assertEquals(ErrorCode.TEMPLATE_NOT_FOUND, e.getTrailers().get(DETAIL).getCode());
  }
}
