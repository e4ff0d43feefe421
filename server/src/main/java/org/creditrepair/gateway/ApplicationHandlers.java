package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.application.ApplicationStatus;
import org.creditrepair.application.Deadline;
import org.creditrepair.application.RepairApplication;
import org.creditrepair.application.TimelineEntry;
import org.creditrepair.diagnosis.grpc.DiagnosisRequests;
import org.creditrepair.gateway.auth.Authentication;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.store.Idempotency;

/**
 * 申请接口：{@code POST/GET /api/v1/applications}, {@code GET /api/v1/applications/{id}} and {@code POST
 * /api/v1/applications/{id}/transitions}; every call needs a bearer token, {@code Idempotency-Key}
 * is honoured on creation and transitions, staff may give {@code X-Audit-Reason}.
 */
final class ApplicationHandlers {
  static final List<String> CREATE_FIELDS =
      List.of("enterprise", "records", "recordIds", "planId", "submit");
  static final List<String> TRANSITION_FIELDS = List.of("to", "note");
  static final int MAX_KEY_CHARS = 128;
  static final int MAX_NOTE_CHARS = 1000;

  private final Vertx vertx;
  private final ApplicationService applications;
  private final Clock clock;

  ApplicationHandlers(Vertx vertx, ApplicationService applications, Clock clock) {
    this.vertx = vertx;
    this.applications = applications;
    this.clock = clock;
  }

  void create(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    ObjectNode json = JsonFields.object(ctx.body().buffer());
    JsonFields.rejectUnknown(json, CREATE_FIELDS, "");
    ObjectNode e = JsonFields.childObject(json.get("enterprise"), "enterprise");
    if (e == null) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "enterprise", "缺少企业信息 enterprise");
    }
    var enterprise = DiagnosisRequests.enterprise(DiagnosisRequestJson.enterprise(e));
    var protoRecords = DiagnosisRequestJson.records(json.get("records"));
    if (protoRecords.isEmpty()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "records", "缺少记录 records（至少一条）");
    }
    var records = DiagnosisRequests.records(protoRecords, IsoDates.today(clock));
    List<String> recordIds = new ArrayList<>();
    ArrayNode ids = JsonFields.array(json.get("recordIds"), "recordIds");
    for (int i = 0; i < ids.size(); i++) {
      recordIds.add(JsonFields.string(ids.get(i), "recordIds[" + i + "]"));
    }
    String planId = JsonFields.string(json.get("planId"), "planId");
    Boolean submit = JsonFields.bool(json.get("submit"), "submit");
    var command =
        new ApplicationService.CreateCommand(
            enterprise,
            records,
            recordIds,
            planId.isBlank() ? null : planId,
            Boolean.TRUE.equals(submit));
    Idempotency idem = idempotency(ctx, ctx.body().asString());
    String reason = reason(ctx);
    blocking(
        ctx,
        () -> applications.create(p, command, idem, reason),
        view -> {
          ctx.response().putHeader("Location", "/api/v1/applications/" + view.application().id());
          GatewayJson.send(ctx, 201, json(view));
        });
  }

  void get(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    String id = ctx.pathParam("id");
    String reason = reason(ctx);
    blocking(ctx, () -> applications.get(p, id, reason), v -> GatewayJson.send(ctx, 200, json(v)));
  }

  void list(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    Optional<ApplicationStatus> status =
        Optional.ofNullable(ctx.queryParams().get("status")).map(s -> status(s, "status"));
    String uscc = ctx.queryParams().get("uscc");
    int limit = limit(ctx.queryParams().get("limit"));
    String reason = reason(ctx);
    blocking(
        ctx,
        () -> applications.list(p, uscc == null ? null : uscc.strip(), status, limit, reason),
        views -> {
          List<Object> out = new ArrayList<>();
          views.forEach(v -> out.add(json(v)));
          GatewayJson.send(ctx, 200, Map.of("applications", out));
        });
  }

  void transition(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    String id = ctx.pathParam("id");
    ObjectNode json = JsonFields.object(ctx.body().buffer());
    JsonFields.rejectUnknown(json, TRANSITION_FIELDS, "");
    String toText = JsonFields.string(json.get("to"), "to");
    if (toText.isBlank()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "to", "缺少目标状态 to");
    }
    ApplicationStatus to = status(toText, "to");
    String note = JsonFields.string(json.get("note"), "note").strip();
    if (note.codePointCount(0, note.length()) > MAX_NOTE_CHARS) {
      throw new CreditRepairException(
          ErrorCode.FIELD_TOO_LONG,
          "note 最多 " + MAX_NOTE_CHARS + " 个字符",
          Map.of("field", "note", "max", String.valueOf(MAX_NOTE_CHARS)));
    }
    Idempotency idem = idempotency(ctx, to.name() + "\n" + note);
    blocking(
        ctx,
        () -> applications.transition(p, id, to, note, idem),
        v -> GatewayJson.send(ctx, 200, json(v)));
  }

  private <T> void blocking(
      RoutingContext ctx, Callable<T> call, java.util.function.Consumer<T> answer) {
    vertx.executeBlocking(call, false).onSuccess(answer::accept).onFailure(ctx::fail);
  }

  private static ApplicationStatus status(String text, String field) {
    try {
      return ApplicationStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names =
          java.util.Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
      throw new CreditRepairException(
          ErrorCode.INVALID_VALUE,
          field + " 不是有效的申请状态，可选：" + String.join("、", names),
          Map.of("field", field, "allowed", String.join(",", names)));
    }
  }

  private static int limit(String text) {
    if (text == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= 1000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CreditRepairException(
        ErrorCode.INVALID_VALUE, "limit 必须是 1 到 1000 的整数", Map.of("field", "limit"));
  }

  private static Idempotency idempotency(RoutingContext ctx, String request) {
    String key = ctx.request().getHeader("Idempotency-Key");
    if (key == null) {
      return null;
    }
    String k = key.strip();
    if (k.isEmpty() || k.length() > MAX_KEY_CHARS || !k.matches("[\\x21-\\x7e]+")) {
      throw new CreditRepairException(
          ErrorCode.INVALID_VALUE,
          "Idempotency-Key 必须是 1 到 " + MAX_KEY_CHARS + " 个可见 ASCII 字符",
          Map.of("field", "Idempotency-Key"));
    }
    return new Idempotency(k, request);
  }

  /** {@code X-Audit-Reason}, percent-encoded UTF-8 (HTTP headers carry ASCII only). */
  static String reason(RoutingContext ctx) {
    String r = ctx.request().getHeader("X-Audit-Reason");
    if (r == null) {
      return null;
    }
    try {
      r = java.net.URLDecoder.decode(r, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      // kept as sent
    }
    return IsoDates.abbreviate(r.strip());
  }

  static Map<String, Object> json(ApplicationService.View v) {
    RepairApplication a = v.application();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("status", a.status().name());
    out.put("statusLabel", a.status().label());
    out.put("uscc", a.tenant());
    out.put("enterpriseName", a.enterpriseName());
    out.put("recordIds", a.recordIds());
    List<Object> records = new ArrayList<>();
    for (RepairApplication.RecordSummary r : a.records()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("type", r.type());
      m.put("authority", r.authority());
      m.put("decisionNo", r.decisionNo());
      records.add(m);
    }
    out.put("records", records);
    out.put("planId", a.planId());
    out.put("regimes", a.regimes());
    out.put("version", v.version());
    List<Object> timeline = new ArrayList<>();
    for (TimelineEntry t : a.timeline()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", t.status().name());
      m.put("at", t.at().toString());
      m.put("actor", t.actor());
      m.put("role", t.role());
      m.put("note", t.note());
      timeline.add(m);
    }
    out.put("timeline", timeline);
    List<Object> deadlines = new ArrayList<>();
    for (Deadline d : a.deadlines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", d.kind().name());
      m.put("startedOn", d.startedOn().toString());
      m.put("due", d.due() == null ? null : d.due().toString());
      m.put("state", d.state(v.today()).name());
      m.put("endedOn", d.endedOn() == null ? null : d.endedOn().toString());
      m.put("ruleIds", d.ruleIds());
      m.put("verified", d.verified());
      m.put("notes", d.notes());
      deadlines.add(m);
    }
    out.put("deadlines", deadlines);
    out.put("nextStatuses", v.nextStatuses().stream().map(Enum::name).toList());
    out.put("createdAt", a.createdAt().toString());
    return out;
  }
}
