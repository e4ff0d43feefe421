package org.creditrepair.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.creditrepair.application.ApplicationEvents;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.assistant.AssistantService;
import org.creditrepair.assistant.Assistants;
import org.creditrepair.assistant.IndexPolicySearch;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.eval.DialogueSet.DialogueCase;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.plan.Deadlines;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.precheck.CrossCheck;
import org.creditrepair.precheck.Defect;
import org.creditrepair.precheck.DefectCatalogue;
import org.creditrepair.precheck.DefectCode;
import org.creditrepair.precheck.DocumentReport;
import org.creditrepair.precheck.DocumentType;
import org.creditrepair.precheck.FileKind;
import org.creditrepair.precheck.PrecheckHistory;
import org.creditrepair.precheck.PrecheckReport;
import org.creditrepair.precheck.Verdict;
import org.creditrepair.reminder.ReminderPlanner;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.reminder.ReminderSettings;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.calendar.LegalPeriods;
import org.creditrepair.store.Store;
import org.creditrepair.store.embedded.SqliteStore;

/**
 * 评测装配：the assistant of one dialogue as the server wires it — embedded store, audit log,
 * applications whose writes schedule reminders, reminders, pre-check summaries and the shared index
 * — with the dialogue's setup (a submitted application, a recorded pre-check) in place.
 */
final class EvalAssistant implements AutoCloseable {
  private final Store store;
  private final ApplicationService applications;
  private final PrecheckHistory prechecks;
  private final AssistantService service;
  private final Clock clock;

  private EvalAssistant(
      Store store,
      ApplicationService applications,
      PrecheckHistory prechecks,
      AssistantService service,
      Clock clock) {
    this.store = store;
    this.applications = applications;
    this.prechecks = prechecks;
    this.service = service;
    this.clock = clock;
  }

  static EvalAssistant open(
      Path dir, KnowledgeBundle bundle, RepairServices repair, KnowledgeModule index, Clock clock) {
    Store store = SqliteStore.open(dir, clock);
    AuditLog audit = new AuditLog(store);
    ReminderService reminders =
        new ReminderService(store, List.of(), clock, ReminderSettings.defaults());
    ReminderPlanner planner = new ReminderPlanner(new LegalPeriods(repair.calendar()), clock);
    ApplicationService applications =
        new ApplicationService(
            store,
            audit,
            repair.plans(),
            repair.rules(),
            new Deadlines(repair.rules(), repair.dates()),
            clock,
            () -> UUID.randomUUID().toString(),
            reminders(reminders, planner, clock));
    PrecheckHistory prechecks = new PrecheckHistory(store, clock);
    AssistantService service =
        Assistants.offline(
            new Assistants.Parts(
                bundle,
                repair,
                store,
                audit,
                applications,
                reminders,
                prechecks,
                new IndexPolicySearch(index::search),
                clock));
    return new EvalAssistant(store, applications, prechecks, service, clock);
  }

  /** As the server's application listener: deadlines, diagnosis, plan and 年报 reminders. */
  /** The reminder scheduling the server does on every application write. */
  private static ApplicationEvents reminders(
      ReminderService reminders, ReminderPlanner planner, Clock clock) {
    return new org.creditrepair.app.ApplicationReminders(reminders, planner, clock);
  }

  AssistantService service() {
    return service;
  }

  /** The principal who talks in {@code d}. */
  Principal principal(DialogueCase d) {
    Principal enterprise = enterprise(d.tenant());
    return d.role() == Role.ENTERPRISE
        ? enterprise
        : new Principal("staff-" + d.id(), Role.STATION_STAFF, clock.instant().plusSeconds(7200));
  }

  private Principal enterprise(String uscc) {
    return new Principal(uscc, Role.ENTERPRISE, clock.instant().plusSeconds(7200));
  }

  /** Puts the dialogue's setup in place. */
  void setUp(DialogueCase d) {
    String tenant = d.tenant();
    if (d.setup().application()) {
      applications.create(
          enterprise(tenant),
          new ApplicationService.CreateCommand(
              new Enterprise("杭州某某餐饮管理有限公司", tenant, "浙江/杭州"),
              List.of(paidFine()),
              null,
              null,
              true),
          null,
          null);
    }
    if (d.setup().precheck() != null) {
      prechecks.record(tenant, report(Verdict.valueOf(d.setup().precheck())));
    }
  }

  /** A 5,000 yuan fine of 2026-06-01 by the 杭州 market-regulation bureau, paid 2026-06-10. */
  static CreditRecord paidFine() {
    return new CreditRecord(
        "r1",
        RecordType.ADMIN_PENALTY,
        null,
        Set.of(Sanction.FINE),
        null,
        "杭州市市场监督管理局",
        "杭市监罚〔2026〕12号",
        LocalDate.of(2026, 6, 1),
        null,
        new BigDecimal("5000"),
        true,
        LocalDate.of(2026, 6, 10),
        null,
        null,
        Set.of(),
        List.of());
  }

  /** A pre-check of four files: clean (PASS), or with an unsealed receipt and a short payment. */
  private static PrecheckReport report(Verdict verdict) {
    DefectCatalogue catalogue = DefectCatalogue.load(AssistantEval.BUNDLE);
    boolean fail = verdict == Verdict.FAIL;
    List<Defect> receipt =
        fail
            ? List.of(catalogue.defect(DefectCode.SEAL_MISSING, 1, Map.of("type", "罚款缴纳凭证")))
            : List.of();
    List<Defect> amounts =
        fail
            ? List.of(
                catalogue.defect(
                    DefectCode.AMOUNT_BELOW_FINE,
                    null,
                    Map.of("found", "3000.00", "expected", "5000.00")))
            : List.of();
    List<DocumentReport> documents =
        List.of(
            document("处罚决定书.pdf", DocumentType.PENALTY_DECISION, List.of()),
            document("缴款回单.jpg", DocumentType.FINE_RECEIPT, receipt),
            document("信用修复承诺书.pdf", DocumentType.COMMITMENT_LETTER, List.of()),
            document("营业执照.pdf", DocumentType.BUSINESS_LICENSE, List.of()));
    CrossCheck amountCheck =
        new CrossCheck(
            "amounts",
            "缴款金额与罚款",
            fail ? CrossCheck.Outcome.FAILED : CrossCheck.Outcome.PASSED,
            List.of("缴款回单.jpg", "处罚决定书.pdf"),
            amounts);
    return new PrecheckReport(
        verdict,
        documents,
        List.of(amountCheck),
        fail ? List.of("MAT-SITUATION-STATEMENT") : List.of());
  }

  private static DocumentReport document(String name, DocumentType type, List<Defect> defects) {
    FileKind kind = name.endsWith(".jpg") ? FileKind.JPEG : FileKind.PDF;
    return new DocumentReport(name, kind, type, null, null, List.of(), 1, defects);
  }

  @Override
  public void close() {
    store.close();
  }
}
