package org.creditrepair.application.grpc;

import io.vertx.core.Vertx;
import io.vertx.grpc.server.Service;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.application.Deadline;
import org.creditrepair.application.RepairApplication;
import org.creditrepair.application.TimelineEntry;
import org.creditrepair.diagnosis.grpc.DiagnosisRequests;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.grpc.GrpcUnary;
import org.creditrepair.proto.application.v1.Application;
import org.creditrepair.proto.application.v1.ApplicationServiceGrpcService;
import org.creditrepair.proto.application.v1.ApplicationStatus;
import org.creditrepair.proto.application.v1.CreateApplicationRequest;
import org.creditrepair.proto.application.v1.ListApplicationsResponse;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.store.Idempotency;

/**
 * 申请 gRPC 服务：the application service over gRPC, the caller taken from the {@code authorization}
 * metadata (the same bearer tokens as HTTP), the same validation, state machine and audit.
 */
public final class ApplicationGrpcService {
  private ApplicationGrpcService() {}

  public static Service of(
      Vertx vertx, ApplicationService applications, JwtTokens tokens, Clock clock) {
    return Service.service(
            ApplicationServiceGrpcService.SERVICE_NAME,
            ApplicationServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(
            ApplicationServiceGrpcService.CreateApplication,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) ->
                    toProto(
                        applications.create(
                            p,
                            command(r, IsoDates.today(clock)),
                            idem(r.getIdempotencyKey(), r.toString()),
                            nz(r.getAuditReason())))))
        .bind(
            ApplicationServiceGrpcService.GetApplication,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) -> toProto(applications.get(p, r.getId(), nz(r.getAuditReason())))))
        .bind(
            ApplicationServiceGrpcService.ListApplications,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) -> {
                  ListApplicationsResponse.Builder b = ListApplicationsResponse.newBuilder();
                  applications
                      .list(
                          p,
                          nz(r.getUscc()),
                          status(r.getStatus(), "status", true),
                          r.getLimit() == 0 ? 100 : Math.max(1, Math.min(1000, r.getLimit())),
                          nz(r.getAuditReason()))
                      .forEach(v -> b.addApplications(toProto(v)));
                  return b.build();
                }))
        .bind(
            ApplicationServiceGrpcService.Transition,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) -> {
                  var to =
                      status(r.getTo(), "to", false)
                          .orElseThrow(
                              () ->
                                  CreditRepairException.field(
                                      ErrorCode.MISSING_FIELD, "to", "缺少目标状态 to"));
                  return toProto(
                      applications.transition(
                          p,
                          r.getId(),
                          to,
                          r.getNote(),
                          idem(r.getIdempotencyKey(), to.name() + "\n" + r.getNote().strip())));
                }))
        .build();
  }

  private static ApplicationService.CreateCommand command(
      CreateApplicationRequest r, LocalDate today) {
    if (!r.hasEnterprise()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "enterprise", "缺少企业信息 enterprise");
    }
    if (r.getRecordsCount() == 0) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "records", "缺少记录 records（至少一条）");
    }
    if (r.getRecordsCount() > DiagnosisRequests.MAX_RECORDS) {
      throw CreditRepairException.field(
          ErrorCode.TOO_MANY_RECORDS, "records", "一次最多 " + DiagnosisRequests.MAX_RECORDS + " 条记录");
    }
    return new ApplicationService.CreateCommand(
        DiagnosisRequests.enterprise(r.getEnterprise()),
        DiagnosisRequests.records(r.getRecordsList(), today),
        r.getRecordIdsList(),
        r.getPlanId().isBlank() ? null : r.getPlanId(),
        r.getSubmit());
  }

  private static Optional<org.creditrepair.application.ApplicationStatus> status(
      ApplicationStatus s, String field, boolean optional) {
    if (s == ApplicationStatus.APPLICATION_STATUS_UNSPECIFIED) {
      return Optional.empty();
    }
    if (s == ApplicationStatus.UNRECOGNIZED) {
      throw CreditRepairException.field(ErrorCode.INVALID_VALUE, field, field + " 不是有效的申请状态");
    }
    return Optional.of(org.creditrepair.application.ApplicationStatus.valueOf(s.name()));
  }

  private static Idempotency idem(String key, String request) {
    return key.isBlank() ? null : new Idempotency(key.strip(), request);
  }

  static Application toProto(ApplicationService.View v) {
    RepairApplication a = v.application();
    Application.Builder b =
        Application.newBuilder()
            .setId(a.id())
            .setStatus(ApplicationStatus.valueOf(a.status().name()))
            .setUscc(a.tenant())
            .setEnterpriseName(a.enterpriseName())
            .addAllRecordIds(a.recordIds())
            .setPlanId(nz(a.planId()))
            .addAllRegimes(a.regimes())
            .setVersion(v.version())
            .setCreatedAt(a.createdAt().toString());
    for (TimelineEntry t : a.timeline()) {
      b.addTimeline(
          org.creditrepair.proto.application.v1.TimelineEntry.newBuilder()
              .setStatus(ApplicationStatus.valueOf(t.status().name()))
              .setAt(t.at().toString())
              .setActor(t.actor())
              .setRole(t.role())
              .setNote(nz(t.note())));
    }
    for (Deadline d : a.deadlines()) {
      b.addDeadlines(
          org.creditrepair.proto.application.v1.Deadline.newBuilder()
              .setKind(d.kind().name())
              .setStartedOn(d.startedOn().toString())
              .setDue(d.due() == null ? "" : d.due().toString())
              .setState(d.state(v.today()).name())
              .setEndedOn(d.endedOn() == null ? "" : d.endedOn().toString())
              .addAllRuleIds(d.ruleIds())
              .setVerified(d.verified())
              .addAllNotes(d.notes()));
    }
    v.nextStatuses().forEach(s -> b.addNextStatuses(ApplicationStatus.valueOf(s.name())));
    return b.build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
