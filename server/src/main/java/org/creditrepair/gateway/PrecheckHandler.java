package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.grpc.DiagnosisRequests;
import org.creditrepair.gateway.auth.Authentication;
import org.creditrepair.precheck.CrossCheck;
import org.creditrepair.precheck.Defect;
import org.creditrepair.precheck.DocumentFields;
import org.creditrepair.precheck.DocumentReport;
import org.creditrepair.precheck.PrecheckCases;
import org.creditrepair.precheck.PrecheckReport;
import org.creditrepair.precheck.Upload;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.shared.auth.Principal;

/**
 * 材料预审接口：{@code POST /api/v1/prechecks}, multipart with parts {@code file} (repeatable) and {@code
 * context} (JSON: enterprise, records, applicationDate?); the required materials come from the
 * repair plan of the same records. Reading and OCR run off the event loop on the pre-check's
 * bounded pool; uploaded files are deleted when the request ends.
 */
final class PrecheckHandler {
  static final List<String> CONTEXT_FIELDS =
      List.of("enterprise", "records", "applicationDate", "planId");

  /** The largest multipart body: 50 MB of files plus room for the form's own bytes. */
  static final int MAX_BODY_BYTES = 52 * 1024 * 1024;

  private final Vertx vertx;
  private final PrecheckCases cases;
  private final Clock clock;

  PrecheckHandler(Vertx vertx, PrecheckCases cases, Clock clock) {
    this.vertx = vertx;
    this.cases = cases;
    this.clock = clock;
  }

  /** Refuses anything but multipart/form-data before the body is read. */
  static void requireMultipart(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("multipart/form-data")) {
      ctx.fail(
          new CreditRepairException(
              ErrorCode.UNSUPPORTED_MEDIA_TYPE,
              "材料预审须以 multipart/form-data 上传：file（可多个）与 context（JSON）",
              Map.of("expected", "multipart/form-data")));
      return;
    }
    ctx.next();
  }

  void handle(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    String contextJson = ctx.request().getFormAttribute("context");
    if (contextJson == null || contextJson.isBlank()) {
      throw CreditRepairException.field(
          ErrorCode.MISSING_FIELD, "context", "缺少 context 部分（企业信息与记录的 JSON）");
    }
    ObjectNode json = JsonFields.object(Buffer.buffer(contextJson));
    JsonFields.rejectUnknown(json, CONTEXT_FIELDS, "context.");
    ObjectNode e = JsonFields.childObject(json.get("enterprise"), "context.enterprise");
    if (e == null) {
      throw CreditRepairException.field(
          ErrorCode.MISSING_FIELD, "context.enterprise", "缺少企业信息 context.enterprise");
    }
    Enterprise enterprise = DiagnosisRequests.enterprise(DiagnosisRequestJson.enterprise(e));
    PrecheckCases.checkAccess(p, enterprise, "context.enterprise.uscc");
    String dateText = JsonFields.string(json.get("applicationDate"), "context.applicationDate");
    LocalDate date =
        dateText.isBlank()
            ? IsoDates.today(clock)
            : IsoDates.parse(dateText, "context.applicationDate");
    List<CreditRecord> records =
        DiagnosisRequests.records(DiagnosisRequestJson.records(json.get("records")), date);
    List<FileUpload> files =
        ctx.fileUploads().stream().filter(f -> f.name().equals("file")).toList();
    String reason = ApplicationHandlers.reason(ctx);
    vertx
        .executeBlocking(
            () -> {
              List<Upload> uploads = new ArrayList<>();
              for (FileUpload f : files) {
                uploads.add(new Upload(f.fileName(), read(f)));
              }
              PrecheckReport report = cases.check(p, enterprise, records, date, uploads, reason);
              return report;
            },
            false)
        .onSuccess(r -> GatewayJson.send(ctx, 200, json(r)))
        .onFailure(ctx::fail);
  }

  private static byte[] read(FileUpload f) {
    try {
      return Files.readAllBytes(Path.of(f.uploadedFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> json(PrecheckReport r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("verdict", r.verdict().name());
    List<Object> docs = new ArrayList<>();
    for (DocumentReport d : r.documents()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("fileName", d.fileName());
      m.put("fileKind", d.fileKind().name());
      m.put("detectedType", d.detectedType().name());
      m.put("pages", d.pages().size());
      m.put("seals", d.seals());
      m.put("fields", fields(d.fields()));
      m.put("defects", defects(d.defects()));
      docs.add(m);
    }
    out.put("documents", docs);
    List<Object> cross = new ArrayList<>();
    for (CrossCheck c : r.crossChecks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("title", c.title());
      m.put("outcome", c.outcome().name());
      m.put("files", c.files());
      m.put("defects", defects(c.defects()));
      cross.add(m);
    }
    out.put("crossChecks", cross);
    out.put("missing", r.missing());
    return out;
  }

  private static Map<String, Object> fields(DocumentFields f) {
    Map<String, Object> m = new LinkedHashMap<>(f.summary());
    m.put("usccValid", f.usccValid());
    m.put("signatures", f.signatures().size());
    return m;
  }

  private static List<Object> defects(List<Defect> defects) {
    List<Object> out = new ArrayList<>();
    for (Defect d : defects) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code());
      m.put("severity", d.severity().name());
      m.put("message", d.message());
      m.put("hint", d.hint());
      m.put("page", d.page());
      m.put("details", d.details());
      out.add(m);
    }
    return out;
  }
}
