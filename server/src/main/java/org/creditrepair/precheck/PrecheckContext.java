package org.creditrepair.precheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.plan.ChecklistItem;

/**
 * 预审上下文：the applicant (name, 统一社会信用代码, 法定代表人), its records, the application date (null = today) and
 * the materials the plan's checklist requires ({@code RepairPlan.checklist()}).
 */
public record PrecheckContext(
    Enterprise enterprise,
    List<CreditRecord> records,
    LocalDate applicationDate,
    List<ChecklistItem> requiredMaterials) {
  public PrecheckContext {
    Objects.requireNonNull(enterprise, "enterprise");
    records = records == null ? List.of() : List.copyOf(records);
    requiredMaterials = requiredMaterials == null ? List.of() : List.copyOf(requiredMaterials);
  }
}
