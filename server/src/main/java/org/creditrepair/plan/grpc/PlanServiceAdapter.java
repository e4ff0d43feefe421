package org.creditrepair.plan.grpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.grpc.DiagnosisRequests;
import org.creditrepair.plan.PlanBuilder;
import org.creditrepair.plan.TemplateDocuments;
import org.creditrepair.proto.diagnosis.v1.DiagnoseRequest;
import org.creditrepair.proto.plan.v1.ListTemplatesRequest;
import org.creditrepair.proto.plan.v1.ListTemplatesResponse;
import org.creditrepair.proto.plan.v1.PlanResponse;
import org.creditrepair.proto.plan.v1.PlanService;
import org.creditrepair.proto.plan.v1.RenderTemplateRequest;
import org.creditrepair.proto.plan.v1.RenderTemplateResponse;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;

/**
 * 修复方案服务（进程内实现）：validates requests like the diagnosis service, builds plans and fills templates on
 * worker threads.
 */
public final class PlanServiceAdapter implements PlanService {
  /** Most placeholder values one render request may carry, and the longest value. */
  static final int MAX_VALUES = 50;

  static final int MAX_VALUE_CHARS = 4000;

  private final Vertx vertx;
  private final PlanBuilder plans;
  private final TemplateDocuments documents;
  private final Clock clock;

  public PlanServiceAdapter(
      Vertx vertx, PlanBuilder plans, TemplateDocuments documents, Clock clock) {
    this.vertx = vertx;
    this.plans = plans;
    this.documents = documents;
    this.clock = clock;
  }

  @Override
  public Future<PlanResponse> createPlan(DiagnoseRequest request) {
    return vertx.executeBlocking(
        () -> {
          DiagnosisRequests.Input in = DiagnosisRequests.toInput(request, clock);
          return PlanResponses.of(plans.plan(in.enterprise(), in.records(), in.asOf()));
        },
        false);
  }

  @Override
  public Future<ListTemplatesResponse> listTemplates(ListTemplatesRequest request) {
    return Future.succeededFuture(PlanResponses.templates(documents.templates()));
  }

  @Override
  public Future<RenderTemplateResponse> renderTemplate(RenderTemplateRequest request) {
    return vertx.executeBlocking(() -> PlanResponses.rendered(render(request)), false);
  }

  private org.creditrepair.plan.RenderedDocument render(RenderTemplateRequest r) {
    if (r.getTemplateId().isBlank()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "templateId", "缺少模板编号 templateId");
    }
    LocalDate date =
        r.getDate().isBlank() ? IsoDates.today(clock) : IsoDates.parse(r.getDate(), "date");
    if (!r.hasEnterprise()) {
      throw CreditRepairException.field(
          ErrorCode.MISSING_FIELD, "enterprise", "缺少企业信息 enterprise（name、uscc）");
    }
    Enterprise enterprise = DiagnosisRequests.enterprise(r.getEnterprise());
    if (r.getRecordsCount() > DiagnosisRequests.MAX_RECORDS) {
      throw new CreditRepairException(
          ErrorCode.TOO_MANY_RECORDS,
          "一份文书最多列 " + DiagnosisRequests.MAX_RECORDS + " 条记录",
          Map.of("field", "records", "max", String.valueOf(DiagnosisRequests.MAX_RECORDS)));
    }
    List<CreditRecord> records = DiagnosisRequests.records(r.getRecordsList(), date);
    checkValues(r.getValuesMap());
    return documents.render(
        r.getTemplateId(), enterprise, records, r.getValuesMap(), date, r.getPdf());
  }

  private static void checkValues(Map<String, String> values) {
    if (values.size() > MAX_VALUES) {
      throw new CreditRepairException(
          ErrorCode.FIELD_TOO_LONG,
          "values 最多 " + MAX_VALUES + " 项",
          Map.of("field", "values", "max", String.valueOf(MAX_VALUES)));
    }
    values.forEach(
        (k, v) -> {
          if (k.length() > 100 || v.codePointCount(0, v.length()) > MAX_VALUE_CHARS) {
            throw new CreditRepairException(
                ErrorCode.FIELD_TOO_LONG,
                "values 中的 " + IsoDates.abbreviate(k) + " 过长，最多 " + MAX_VALUE_CHARS + " 个字符",
                Map.of("field", "values." + IsoDates.abbreviate(k)));
          }
        });
  }
}
