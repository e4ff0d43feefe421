package org.creditrepair.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 文书生成：fills a template (承诺书, 情况说明, 第三方平台更新函) for an enterprise and its records, with the authority
 * and attachments taken from the repair plan of the same records, optionally as PDF.
 */
public final class TemplateDocuments {
  /** Writes a filled template as PDF. */
  @FunctionalInterface
  public interface PdfWriter {
    byte[] write(String title, String markdown);
  }

  private final TemplateRenderer renderer;
  private final PlanBuilder plans;
  private final PdfWriter pdf;

  public TemplateDocuments(TemplateRenderer renderer, PlanBuilder plans, PdfWriter pdf) {
    this.renderer = renderer;
    this.plans = plans;
    this.pdf = pdf;
  }

  public List<DocumentTemplate> templates() {
    return renderer.templates();
  }

  /**
   * The filled template; TEMPLATE_NOT_FOUND for an unknown id.
   *
   * @param date the document date (落款日期)
   */
  public RenderedDocument render(
      String templateId,
      Enterprise enterprise,
      List<CreditRecord> records,
      Map<String, String> given,
      LocalDate date,
      boolean asPdf) {
    DocumentTemplate t =
        renderer
            .get(templateId)
            .orElseThrow(
                () ->
                    new CreditRepairException(
                        ErrorCode.TEMPLATE_NOT_FOUND,
                        "没有编号为 " + templateId + " 的文书模板",
                        Map.of(
                            "templateId",
                            templateId,
                            "available",
                            String.join(
                                ",",
                                renderer.templates().stream()
                                    .map(DocumentTemplate::id)
                                    .toList()))));
    RepairPlan plan = records.isEmpty() ? null : plans.plan(enterprise, records, date);
    Map<String, String> values = TemplateValues.of(enterprise, records, plan, date, given);
    String markdown = renderer.render(t, values);
    byte[] bytes = asPdf ? pdf.write(t.title(), markdown) : null;
    return new RenderedDocument(t.id(), t.title(), markdown, bytes, renderer.blanks(t, values));
  }
}
