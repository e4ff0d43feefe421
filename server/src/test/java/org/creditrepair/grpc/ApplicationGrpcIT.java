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
import io.grpc.stub.MetadataUtils;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestServers;
import org.creditrepair.proto.application.v1.ApplicationServiceGrpc;
import org.creditrepair.proto.application.v1.ApplicationStatus;
import org.creditrepair.proto.application.v1.CreateApplicationRequest;
import org.creditrepair.proto.application.v1.GetApplicationRequest;
import org.creditrepair.proto.application.v1.ListApplicationsRequest;
import org.creditrepair.proto.application.v1.TransitionRequest;
import org.creditrepair.proto.common.v1.ErrorCode;
import org.creditrepair.proto.common.v1.ErrorDetail;
import org.creditrepair.proto.diagnosis.v1.Enterprise;
import org.creditrepair.proto.diagnosis.v1.Record;
import org.creditrepair.proto.diagnosis.v1.RecordType;
import org.creditrepair.proto.precheck.v1.PrecheckRequest;
import org.creditrepair.proto.precheck.v1.PrecheckServiceGrpc;
import org.creditrepair.proto.reminder.v1.ListDeadLettersRequest;
import org.creditrepair.proto.reminder.v1.ListRemindersRequest;
import org.creditrepair.proto.reminder.v1.ReminderServiceGrpc;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.grpc.GrpcErrors;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ApplicationService over a real gRPC channel, callers identified by the authorization metadata.
 */
class ApplicationGrpcIT {
  static final Metadata.Key<ErrorDetail> DETAIL =
      Metadata.Key.of(
          GrpcErrors.TRAILER, ProtoUtils.metadataMarshaller(ErrorDetail.getDefaultInstance()));
  static final String A = Uscc.withCheckCharacter("91330106MA2B00001");
  static final String B = Uscc.withCheckCharacter("91330106MA2B00002");

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

  static ApplicationServiceGrpc.ApplicationServiceBlockingStub as(Role role, String subject) {
    Metadata m = new Metadata();
    if (role != null) {
      m.put(
          Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
          "Bearer " + TestServers.token(tmp.resolve("data"), role, subject, Duration.ofMinutes(5)));
    }
    return ApplicationServiceGrpc.newBlockingStub(channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(m))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  static CreateApplicationRequest request(String uscc) {
    return CreateApplicationRequest.newBuilder()
        .setEnterprise(Enterprise.newBuilder().setName("某公司").setUscc(uscc))
        .addRecords(
            Record.newBuilder()
                .setId("r1")
                .setType(RecordType.ABNORMAL_OPERATION)
                .setListedDate("2025-07-15"))
        .setSubmit(true)
        .build();
  }

  @Test
  void should_create_read_and_move_an_application() {
    var created = as(Role.ENTERPRISE, A).createApplication(request(A));
    assertEquals(ApplicationStatus.SUBMITTED, created.getStatus());
    var read =
        as(Role.STATION_STAFF, "clerk")
            .getApplication(GetApplicationRequest.newBuilder().setId(created.getId()).build());
    assertEquals(created.getId(), read.getId());
    var moved =
        as(Role.STATION_STAFF, "clerk")
            .transition(
                TransitionRequest.newBuilder()
                    .setId(created.getId())
                    .setTo(ApplicationStatus.FORMAL_REVIEW)
                    .build());
    assertEquals(ApplicationStatus.FORMAL_REVIEW, moved.getStatus());
    var list =
        as(Role.ENTERPRISE, A).listApplications(ListApplicationsRequest.getDefaultInstance());
    assertTrue(list.getApplicationsCount() > 0);
    list.getApplicationsList().forEach(x -> assertEquals(A, x.getUscc()));
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                as(Role.ENTERPRISE, A)
                    .listApplications(ListApplicationsRequest.newBuilder().setUscc(B).build()));
    assertEquals(Status.Code.PERMISSION_DENIED, e.getStatus().getCode());
  }

  @Test
  void should_refuse_without_a_token_and_across_tenants() {
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class, () -> as(null, null).createApplication(request(A)));
    assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
    var created = as(Role.ENTERPRISE, A).createApplication(request(A));
    e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                as(Role.ENTERPRISE, B)
                    .getApplication(
                        GetApplicationRequest.newBuilder().setId(created.getId()).build()));
    assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
    e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                as(Role.STATION_STAFF, "clerk")
                    .transition(
                        TransitionRequest.newBuilder()
                            .setId(created.getId())
                            .setTo(ApplicationStatus.SYNCED)
                            .build()));
    assertEquals(Status.Code.FAILED_PRECONDITION, e.getStatus().getCode());
    assertEquals(ErrorCode.ILLEGAL_TRANSITION, e.getTrailers().get(DETAIL).getCode());
  }

  static ReminderServiceGrpc.ReminderServiceBlockingStub reminders(Role role, String subject) {
    Metadata m = new Metadata();
    m.put(
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
        "Bearer " + TestServers.token(tmp.resolve("data"), role, subject, Duration.ofMinutes(5)));
    return ReminderServiceGrpc.newBlockingStub(channel)
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(m))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Test
  void should_list_reminders_over_grpc_with_the_same_access_rules() {
    var created = as(Role.ENTERPRISE, A).createApplication(request(A));
    var own =
        reminders(Role.ENTERPRISE, A).listReminders(ListRemindersRequest.getDefaultInstance());
    assertEquals(A, own.getUscc());
    assertTrue(
        own.getUpcomingList().stream()
            .anyMatch(u -> u.getReminder().getSourceId().equals("application:" + created.getId())),
        own.toString());
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                reminders(Role.ENTERPRISE, B)
                    .listReminders(ListRemindersRequest.newBuilder().setUscc(A).build()));
    assertEquals(Status.Code.PERMISSION_DENIED, e.getStatus().getCode());
    e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                reminders(Role.STATION_STAFF, "clerk")
                    .listReminders(ListRemindersRequest.getDefaultInstance()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
    assertEquals(
        A,
        reminders(Role.STATION_STAFF, "clerk")
            .listReminders(ListRemindersRequest.newBuilder().setUscc(A).build())
            .getUscc());
    e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                reminders(Role.STATION_STAFF, "clerk")
                    .listDeadLetters(ListDeadLettersRequest.getDefaultInstance()));
    assertEquals(Status.Code.PERMISSION_DENIED, e.getStatus().getCode());
    reminders(Role.ADMIN, "root").listDeadLetters(ListDeadLettersRequest.getDefaultInstance());
  }

  @Test
  void should_precheck_over_grpc() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        org.creditrepair.precheck.pdf.SampleMaterials.fontsAvailable(),
        "skipped: CJK font missing");
    var party = org.creditrepair.precheck.pdf.SampleMaterials.party();
    var sample = org.creditrepair.precheck.pdf.SampleMaterials.sampleCase(party);
    byte[] pdf =
        org.creditrepair.precheck.pdf.SampleMaterials.textPdf(
            org.creditrepair.precheck.pdf.SampleMaterials.sheet(
                org.creditrepair.precheck.DocumentType.PENALTY_DECISION, sample));
    Metadata m = new Metadata();
    m.put(
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
        "Bearer "
            + TestServers.token(
                tmp.resolve("data"), Role.ENTERPRISE, party.uscc(), Duration.ofMinutes(5)));
    var stub =
        PrecheckServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(m))
            .withDeadlineAfter(60, TimeUnit.SECONDS);
    PrecheckRequest.Builder request =
        PrecheckRequest.newBuilder()
            .setEnterprise(Enterprise.newBuilder().setName(party.company()).setUscc(party.uscc()))
            .setApplicationDate("2025-12-01")
            .addFiles(
                org.creditrepair.proto.precheck.v1.File.newBuilder()
                    .setFileName("决定书.pdf")
                    .setContent(com.google.protobuf.ByteString.copyFrom(pdf)));
    var report = stub.check(request.build());
    assertEquals("PENALTY_DECISION", report.getDocuments(0).getDetectedType());
    assertEquals(party.uscc(), report.getDocuments(0).getFieldsMap().get("uscc"));
    StatusRuntimeException e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                stub.check(
                    request
                        .clone()
                        .clearFiles()
                        .addFiles(
                            org.creditrepair.proto.precheck.v1.File.newBuilder()
                                .setFileName("x.pdf")
                                .setContent(com.google.protobuf.ByteString.copyFromUtf8("nope")))
                        .build()));
    assertEquals(ErrorCode.UNSUPPORTED_FILE_TYPE, e.getTrailers().get(DETAIL).getCode());
    e =
        assertThrows(
            StatusRuntimeException.class,
            () ->
                stub.check(
                    request
                        .clone()
                        .setEnterprise(Enterprise.newBuilder().setName("别家").setUscc(B))
                        .build()));
    assertEquals(Status.Code.PERMISSION_DENIED, e.getStatus().getCode());
  }
}
