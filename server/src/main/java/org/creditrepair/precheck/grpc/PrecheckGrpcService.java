package org.creditrepair.precheck.grpc;

import io.vertx.core.Vertx;
import io.vertx.grpc.server.Service;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditrepair.diagnosis.grpc.DiagnosisRequests;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.grpc.GrpcUnary;
import org.creditrepair.precheck.CrossCheck;
import org.creditrepair.precheck.Defect;
import org.creditrepair.precheck.DocumentReport;
import org.creditrepair.precheck.PrecheckCases;
import org.creditrepair.precheck.PrecheckReport;
import org.creditrepair.precheck.Upload;
import org.creditrepair.proto.precheck.v1.Document;
import org.creditrepair.proto.precheck.v1.PrecheckRequest;
import org.creditrepair.proto.precheck.v1.PrecheckResponse;
import org.creditrepair.proto.precheck.v1.PrecheckServiceGrpcService;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;

/** 材料预审 gRPC 服务：the pre-check over gRPC, with the HTTP endpoint's rules and limits. */
public final class PrecheckGrpcService {
  private PrecheckGrpcService() {}

  public static Service of(Vertx vertx, PrecheckCases cases, JwtTokens tokens, Clock clock) {
    return Service.service(
            PrecheckServiceGrpcService.SERVICE_NAME, PrecheckServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(
            PrecheckServiceGrpcService.Check,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) ->
                    toProto(
                        cases.check(
                            p,
                            enterprise(r),
                            records(r, clock),
                            date(r, clock),
                            uploads(r),
                            r.getAuditReason()))))
        .build();
  }

  private static org.creditrepair.diagnosis.Enterprise enterprise(PrecheckRequest r) {
    if (!r.hasEnterprise()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "enterprise", "缺少企业信息 enterprise");
    }
    return DiagnosisRequests.enterprise(r.getEnterprise());
  }

  private static LocalDate date(PrecheckRequest r, Clock clock) {
    return r.getApplicationDate().isBlank()
        ? IsoDates.today(clock)
        : IsoDates.parse(r.getApplicationDate(), "applicationDate");
  }

  private static List<org.creditrepair.diagnosis.CreditRecord> records(
      PrecheckRequest r, Clock clock) {
    if (r.getRecordsCount() > DiagnosisRequests.MAX_RECORDS) {
      throw CreditRepairException.field(
          ErrorCode.TOO_MANY_RECORDS, "records", "一次最多 " + DiagnosisRequests.MAX_RECORDS + " 条记录");
    }
    return DiagnosisRequests.records(r.getRecordsList(), date(r, clock));
  }

  private static List<Upload> uploads(PrecheckRequest r) {
    List<Upload> out = new ArrayList<>();
    r.getFilesList()
        .forEach(f -> out.add(new Upload(f.getFileName(), f.getContent().toByteArray())));
    return out;
  }

  static PrecheckResponse toProto(PrecheckReport report) {
    PrecheckResponse.Builder b =
        PrecheckResponse.newBuilder()
            .setVerdict(report.verdict().name())
            .addAllMissing(report.missing());
    for (DocumentReport d : report.documents()) {
      b.addDocuments(
          Document.newBuilder()
              .setFileName(d.fileName())
              .setFileKind(d.fileKind().name())
              .setDetectedType(d.detectedType().name())
              .setPages(d.pages().size())
              .setSeals(d.seals())
              .putAllFields(d.fields().summary())
              .addAllDefects(defects(d.defects())));
    }
    for (CrossCheck c : report.crossChecks()) {
      b.addCrossChecks(
          org.creditrepair.proto.precheck.v1.CrossCheck.newBuilder()
              .setId(c.id())
              .setTitle(c.title())
              .setOutcome(c.outcome().name())
              .addAllFiles(c.files())
              .addAllDefects(defects(c.defects())));
    }
    return b.build();
  }

  private static List<org.creditrepair.proto.precheck.v1.Defect> defects(List<Defect> defects) {
    List<org.creditrepair.proto.precheck.v1.Defect> out = new ArrayList<>();
    for (Defect d : defects) {
      out.add(
          org.creditrepair.proto.precheck.v1.Defect.newBuilder()
              .setCode(d.code())
              .setSeverity(d.severity().name())
              .setMessage(d.message())
              .setHint(d.hint() == null ? "" : d.hint())
              .setPage(d.page() == null ? 0 : d.page())
              .putAllDetails(d.details())
              .build());
    }
    return out;
  }
}
