package org.creditrepair.precheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.plan.ChecklistItem;
import org.creditrepair.plan.PlanBuilder;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;

/**
 * 预审办理：one caller's pre-check — the enterprise must be the caller's own (staff may check any, and
 * are audit-logged), the required materials come from the repair plan of the same records. Shared
 * by the HTTP and gRPC entry points; blocking (reading and OCR), so call it off the event loop.
 */
public final class PrecheckCases {
  private final PrecheckService precheck;
  private final PlanBuilder plans;
  private final AuditLog audit;
  private final PrecheckHistory history;

  public PrecheckCases(PrecheckService precheck, PlanBuilder plans, AuditLog audit) {
    this(precheck, plans, audit, null);
  }

  /**
   * @param history where each check's summary is kept for the assistant, or null to keep none
   */
  public PrecheckCases(
      PrecheckService precheck, PlanBuilder plans, AuditLog audit, PrecheckHistory history) {
    this.precheck = precheck;
    this.plans = plans;
    this.audit = audit;
    this.history = history;
  }

  /** Fails FORBIDDEN when an enterprise asks for another one's materials. */
  public static void checkAccess(Principal p, Enterprise enterprise, String field) {
    if (!p.mayAccess(enterprise.uscc())) {
      throw new CreditRepairException(ErrorCode.FORBIDDEN, "企业只能预审本企业的材料", Map.of("field", field));
    }
  }

  public PrecheckReport check(
      Principal p,
      Enterprise enterprise,
      List<CreditRecord> records,
      LocalDate applicationDate,
      List<Upload> uploads,
      String reason) {
    checkAccess(p, enterprise, "enterprise.uscc");
    List<ChecklistItem> required =
        records.isEmpty()
            ? List.of()
            : plans.plan(enterprise, records, applicationDate).checklist();
    PrecheckReport report =
        precheck.check(
            new PrecheckContext(enterprise, records, applicationDate, required), uploads);
    audit.record(p, "precheck", enterprise.uscc(), null, reason);
    if (history != null) {
      history.record(enterprise.uscc(), report);
    }
    return report;
  }
}
