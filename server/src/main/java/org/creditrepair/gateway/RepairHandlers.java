package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.creditrepair.proto.diagnosis.v1.DiagnosisService;
import org.creditrepair.proto.plan.v1.ListTemplatesRequest;
import org.creditrepair.proto.plan.v1.PlanService;
import org.creditrepair.proto.plan.v1.RenderTemplateRequest;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 诊断、方案与文书接口：{@code POST /api/v1/diagnoses}, {@code POST /api/v1/plans}, {@code GET
 * /api/v1/templates} and {@code POST /api/v1/templates/{templateId}/render}, answered through the
 * generated service interfaces (in-process or remote alike).
 */
final class RepairHandlers {
  static final String PDF = "application/pdf";
  static final String MARKDOWN = "text/markdown";
  static final List<String> RENDER_FIELDS = List.of("enterprise", "records", "values", "date");

  private final DiagnosisService diagnosis;
  private final PlanService plans;

  RepairHandlers(DiagnosisService diagnosis, PlanService plans) {
    this.diagnosis = diagnosis;
    this.plans = plans;
  }

  void diagnose(RoutingContext ctx) {
    diagnosis
        .diagnose(DiagnosisRequestJson.parse(ctx.body().buffer()))
        .onSuccess(d -> GatewayJson.send(ctx, 200, DiagnosisJson.diagnosis(d)))
        .onFailure(ctx::fail);
  }

  void plan(RoutingContext ctx) {
    plans
        .createPlan(DiagnosisRequestJson.parse(ctx.body().buffer()))
        .onSuccess(p -> GatewayJson.send(ctx, 200, DiagnosisJson.plan(p)))
        .onFailure(ctx::fail);
  }

  void templates(RoutingContext ctx) {
    plans
        .listTemplates(ListTemplatesRequest.getDefaultInstance())
        .onSuccess(t -> GatewayJson.send(ctx, 200, DiagnosisJson.templates(t.getTemplatesList())))
        .onFailure(ctx::fail);
  }

  void render(RoutingContext ctx) {
    String accepted = ctx.getAcceptableContentType();
    boolean pdf = PDF.equals(accepted);
    RenderTemplateRequest request =
        renderRequest(ctx.pathParam("templateId"), ctx.body().buffer(), pdf);
    plans
        .renderTemplate(request)
        .onSuccess(
            r -> {
              if (pdf) {
                ctx.response()
                    .putHeader("Content-Type", PDF)
                    .putHeader("Content-Disposition", attachment(r.getTitle() + ".pdf"))
                    .end(Buffer.buffer(r.getPdf().toByteArray()));
              } else if (MARKDOWN.equals(accepted)) {
                ctx.response()
                    .putHeader("Content-Type", MARKDOWN + "; charset=utf-8")
                    .end(r.getMarkdown());
              } else {
                GatewayJson.send(ctx, 200, DiagnosisJson.rendered(r));
              }
            })
        .onFailure(ctx::fail);
  }

  static RenderTemplateRequest renderRequest(String templateId, Buffer body, boolean pdf) {
    ObjectNode json = JsonFields.object(body);
    JsonFields.rejectUnknown(json, RENDER_FIELDS, "");
    RenderTemplateRequest.Builder b =
        RenderTemplateRequest.newBuilder()
            .setTemplateId(templateId)
            .setDate(JsonFields.string(json.get("date"), "date"))
            .setPdf(pdf)
            .addAllRecords(DiagnosisRequestJson.records(json.get("records")));
    ObjectNode enterprise = JsonFields.childObject(json.get("enterprise"), "enterprise");
    if (enterprise != null) {
      b.setEnterprise(DiagnosisRequestJson.enterprise(enterprise));
    }
    ObjectNode values = JsonFields.childObject(json.get("values"), "values");
    if (values != null) {
      for (Map.Entry<String, JsonNode> e : values.properties()) {
        b.putValues(e.getKey(), JsonFields.string(e.getValue(), "values." + e.getKey()));
      }
    }
    return b.build();
  }

  private static String attachment(String fileName) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"document.pdf\"; filename*=UTF-8''" + encoded;
  }

  /** The template id in the path must look like one (TPL-…), else 404 at once. */
  static void checkTemplateId(RoutingContext ctx) {
    String id = ctx.pathParam("templateId");
    if (id == null || !id.matches("[A-Z0-9-]{1,64}")) {
      ctx.fail(
          new CreditRepairException(
              ErrorCode.TEMPLATE_NOT_FOUND,
              "文书模板编号不正确",
              Map.of(
                  "templateId",
                  id == null ? "" : org.creditrepair.shared.IsoDates.abbreviate(id))));
      return;
    }
    ctx.next();
  }
}
