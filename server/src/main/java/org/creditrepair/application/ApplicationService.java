package org.creditrepair.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;
import org.creditrepair.plan.Deadlines;
import org.creditrepair.plan.PlanBuilder;
import org.creditrepair.plan.RepairPlan;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.Idempotency;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Store;
import org.creditrepair.store.StoreConflictException;
import org.creditrepair.store.Written;

/**
 * 申请办理：creates, reads, lists and moves repair applications through the state machine, with the
 * timeline and the statutory deadlines on the working-day calendar; an enterprise reaches only its
 * own applications (others are "not found"), staff act by role and every staff access is
 * audit-logged.
 */
public final class ApplicationService {
  static final String COLLECTION = "applications";
  private static final int CAS_RETRIES = 3;
  private static final System.Logger LOG = System.getLogger(ApplicationService.class.getName());

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Store store;
  private final AuditLog audit;
  private final PlanBuilder plans;
  private final RuleBook rules;
  private final Deadlines deadlines;
  private final Clock clock;
  private final Supplier<String> ids;
  private final ApplicationEvents events;

  public ApplicationService(
      Store store,
      AuditLog audit,
      PlanBuilder plans,
      RuleBook rules,
      Deadlines deadlines,
      Clock clock,
      Supplier<String> ids,
      ApplicationEvents events) {
    this.store = store;
    this.events = events;
    this.audit = audit;
    this.plans = plans;
    this.rules = rules;
    this.deadlines = deadlines;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * A new application.
   *
   * @param recordIds the records it covers (null or empty: all of {@code records})
   * @param submit create it submitted rather than as a draft
   */
  public record CreateCommand(
      Enterprise enterprise,
      List<CreditRecord> records,
      List<String> recordIds,
      String planId,
      boolean submit) {}

  /**
   * An application as a caller sees it: version, deadline states today, its possible next moves.
   */
  public record View(
      RepairApplication application,
      long version,
      LocalDate today,
      List<ApplicationStatus> nextStatuses) {}

  public View create(Principal p, CreateCommand c, Idempotency idem, String reason) {
    String tenant = c.enterprise().uscc();
    if (!p.mayAccess(tenant)) {
      throw new CreditRepairException(
          ErrorCode.FORBIDDEN,
          "企业只能为本企业提交申请（enterprise.uscc 与登录企业不一致）",
          Map.of("field", "enterprise.uscc"));
    }
    List<CreditRecord> covered = covered(c);
    LocalDate today = today();
    RepairPlan plan = plans.plan(c.enterprise(), covered, today);
    Diagnosis d = plan.diagnosis();
    Set<String> deadlineRules = new LinkedHashSet<>();
    Set<String> regimes = new LinkedHashSet<>();
    boolean publicNotice = false;
    for (Finding f : d.findings()) {
      for (String id : f.ruleIds()) {
        if (rules.byId(id).orElse(null) instanceof Rule.Deadline dl) {
          deadlineRules.add(id);
          publicNotice |= dl.event().equals("PUBLIC_NOTICE");
        }
      }
      if (f.regime() != null && !f.regime().isBlank()) {
        regimes.add(f.regime());
      }
    }
    var now = clock.instant();
    List<TimelineEntry> timeline = new ArrayList<>();
    timeline.add(
        new TimelineEntry(ApplicationStatus.DRAFT, now, p.subject(), p.role().name(), "创建申请"));
    RepairApplication app =
        new RepairApplication(
            "ap_" + ids.get(),
            tenant,
            c.enterprise().name(),
            ApplicationStatus.DRAFT,
            covered.stream()
                .map(
                    r ->
                        new RepairApplication.RecordSummary(
                            r.id(), r.type().name(), r.authority(), r.decisionNo()))
                .toList(),
            c.planId(),
            List.copyOf(deadlineRules),
            publicNotice,
            List.copyOf(regimes),
            timeline,
            List.of(),
            now,
            p.subject());
    if (c.submit()) {
      app = moved(app, ApplicationStatus.SUBMITTED, p, "提交申请", today);
    }
    Written w =
        store.create(
            new NewDocument(COLLECTION, app.id(), tenant, app.status().name(), write(app)), idem);
    RepairApplication stored = read(w.document());
    if (!w.replayed()) {
      audit.record(p, "application.create", tenant, stored.id(), reason);
      notify(stored, plan);
    }
    return view(stored, w.document().version(), p);
  }

  public View get(Principal p, String id, String reason) {
    Document doc = visible(p, id);
    audit.record(p, "application.read", doc.tenant(), id, reason);
    return view(read(doc), doc.version(), p);
  }

  /** An enterprise's applications, newest first; staff must name the enterprise. */
  public List<View> list(
      Principal p, String tenant, Optional<ApplicationStatus> status, int limit, String reason) {
    String t = p.tenant(tenant);
    audit.record(p, "application.list", t, null, reason);
    return store.list(COLLECTION, t, status.map(Enum::name), limit).stream()
        .map(doc -> view(read(doc), doc.version(), p))
        .toList();
  }

  /**
   * Moves the application to {@code to}; ILLEGAL_TRANSITION (409) when the state machine does not
   * allow it (also when a concurrent move got there first), FORBIDDEN for the wrong role.
   */
  public View transition(
      Principal p, String id, ApplicationStatus to, String note, Idempotency idem) {
    for (int attempt = 0; ; attempt++) {
      Document doc = visible(p, id);
      RepairApplication app = read(doc);
      Optional<CreditRepairException> refusal = refusal(app, to, p);
      if (refusal.isPresent()) {
        // a retry of a move that was applied: the store answers with the first result
        Optional<View> replay = idem == null ? Optional.empty() : replay(p, doc, idem);
        return replay.orElseThrow(refusal::get);
      }
      RepairApplication next = moved(app, to, p, note, today());
      try {
        Written w =
            store.update(
                new DocumentChange(COLLECTION, id, doc.version(), to.name(), write(next)), idem);
        RepairApplication written = read(w.document());
        if (!w.replayed()) {
          audit.record(p, "application.transition:" + to.name(), doc.tenant(), id, note);
          notify(written, null);
        }
        return view(written, w.document().version(), p);
      } catch (StoreConflictException e) {
        if (e.kind() != StoreConflictException.Kind.VERSION_CONFLICT || attempt >= CAS_RETRIES) {
          throw e;
        }
        // someone else moved it first: re-read and judge the move again from the new status
      }
    }
  }

  /**
   * The stored result of an earlier request with this idempotency key, if there was one: an update
   * whose expected version cannot match is answered from the key when the key is known, and is a
   * version conflict otherwise.
   */
  private Optional<View> replay(Principal p, Document doc, Idempotency idem) {
    try {
      Written w =
          store.update(
              new DocumentChange(
                  COLLECTION, doc.id(), doc.version() + 1_000_000_000L, doc.status(), doc.body()),
              idem);
      return w.replayed()
          ? Optional.of(view(read(w.document()), w.document().version(), p))
          : Optional.empty();
    } catch (StoreConflictException e) {
      if (e.kind() == StoreConflictException.Kind.VERSION_CONFLICT) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void notify(RepairApplication app, RepairPlan plan) {
    try {
      events.written(app, plan);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "申请 " + app.id() + " 已保存，但后续通知（提醒）失败", e);
    }
  }

  private Optional<CreditRepairException> refusal(
      RepairApplication app, ApplicationStatus to, Principal p) {
    return ApplicationStateMachine.check(app.status(), to, p.role(), app.hasPublicNotice())
        .map(
            refusal -> {
              Map<String, String> details =
                  new java.util.HashMap<>(ApplicationStateMachine.describe(app.status()));
              details.put("to", to.name());
              details.put("refusal", refusal.name());
              return switch (refusal) {
                case ROLE ->
                    new CreditRepairException(
                        ErrorCode.FORBIDDEN,
                        "当前角色不能把申请从“" + app.status().label() + "”改为“" + to.label() + "”",
                        details);
                case NO_PUBLIC_NOTICE ->
                    new CreditRepairException(
                        ErrorCode.ILLEGAL_TRANSITION, "该申请适用的规则没有修复公示环节", details);
                case ILLEGAL ->
                    new CreditRepairException(
                        ErrorCode.ILLEGAL_TRANSITION,
                        "申请不能从“" + app.status().label() + "”改为“" + to.label() + "”",
                        details);
              };
            });
  }

  /** The application after entering {@code to}: timeline entry, deadlines ended and started. */
  private RepairApplication moved(
      RepairApplication app, ApplicationStatus to, Principal p, String note, LocalDate today) {
    List<TimelineEntry> timeline = new ArrayList<>(app.timeline());
    timeline.add(
        new TimelineEntry(
            to, clock.instant(), p.subject(), p.role().name(), note == null ? "" : note));
    List<Deadline> ds = new ArrayList<>();
    for (Deadline d : app.deadlines()) {
      ds.add(d.endedOn() == null && d.kind().endedBy(to) ? d.ended(today) : d);
    }
    for (DeadlineKind kind : DeadlineKind.values()) {
      if (kind.startsOn() == to) {
        Deadlines.Due due = deadlines.due(app.deadlineRuleIds(), today, kind.events());
        List<String> notes = due.date() == null ? List.of("本系统未收录该环节的期限规则，以认定部门告知为准") : due.notes();
        ds.add(new Deadline(kind, today, due.date(), null, due.ruleIds(), due.verified(), notes));
      }
    }
    return new RepairApplication(
        app.id(),
        app.tenant(),
        app.enterpriseName(),
        to,
        app.records(),
        app.planId(),
        app.deadlineRuleIds(),
        app.hasPublicNotice(),
        app.regimes(),
        timeline,
        ds,
        app.createdAt(),
        app.createdBy());
  }

  /** The document if the caller may see it; NOT_FOUND otherwise (existence is not revealed). */
  private Document visible(Principal p, String id) {
    Document doc = store.get(COLLECTION, id).orElse(null);
    if (doc == null || !p.mayAccess(doc.tenant())) {
      throw new CreditRepairException(ErrorCode.NOT_FOUND, "没有找到该申请", Map.of("id", abbreviate(id)));
    }
    return doc;
  }

  private static List<CreditRecord> covered(CreateCommand c) {
    if (c.recordIds() == null || c.recordIds().isEmpty()) {
      return c.records();
    }
    List<CreditRecord> out = new ArrayList<>();
    for (int i = 0; i < c.recordIds().size(); i++) {
      String id = c.recordIds().get(i);
      out.add(
          c.records().stream()
              .filter(r -> r.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      CreditRepairException.field(
                          ErrorCode.INVALID_VALUE,
                          "recordIds",
                          "recordIds 中的 " + abbreviate(id) + " 不在 records 中")));
    }
    return out;
  }

  private View view(RepairApplication app, long version, Principal p) {
    return new View(
        app,
        version,
        today(),
        ApplicationStateMachine.next(app.status(), p.role(), app.hasPublicNotice()));
  }

  private LocalDate today() {
    return IsoDates.today(clock);
  }

  static String write(RepairApplication app) {
    try {
      return JSON.writeValueAsString(app);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static RepairApplication read(Document doc) {
    try {
      return JSON.readValue(doc.body(), RepairApplication.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("申请 " + doc.id() + " 的存储内容无法解析", e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }
}
