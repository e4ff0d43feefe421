package org.creditrepair.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.creditrepair.diagnosis.Blocker;
import org.creditrepair.diagnosis.CitationRef;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.DateRules;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.DiagnosisEngine;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.diagnosis.FindingStatus;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;

/**
 * 修复方案生成：turns a diagnosis into dated steps on the working-day calendar — fulfil obligations →
 * leave the abnormal-operations list → apply → review → platform sync → third-party platforms →
 * follow-up — and a material checklist deduplicated across records. Deadlines come from DEADLINE
 * rules, materials from MATERIALS rules; nothing legal is decided here.
 */
public final class PlanBuilder {
  private final DiagnosisEngine engine;
  private final RuleBook rules;
  private final Checklists checklists;
  private final DateRules dates;
  private final Supplier<String> ids;

  public PlanBuilder(
      DiagnosisEngine engine,
      RuleBook rules,
      Checklists checklists,
      DateRules dates,
      Supplier<String> ids) {
    this.engine = engine;
    this.rules = rules;
    this.checklists = checklists;
    this.dates = dates;
    this.ids = ids;
  }

  public RepairPlan plan(Enterprise enterprise, List<CreditRecord> records, LocalDate asOf) {
    Diagnosis diagnosis = engine.diagnose(enterprise, records, asOf);
    Steps steps = new Steps();
    Map<String, String> fulfilSteps = new LinkedHashMap<>();
    Map<String, PlanStep> leaveAbnormal = new LinkedHashMap<>();
    for (CreditRecord r : records) {
      List<Finding> fs = findingsOf(diagnosis, r.id());
      if (fs.stream().anyMatch(f -> hasBlocker(f, "OBLIGATION_NOT_FULFILLED", "CAUSE_NOT_CURED"))) {
        String title =
            r.type() == RecordType.ABNORMAL_OPERATION
                ? "消除列入原因：补报年度报告、公示或更正有关信息、确认可联系的住所"
                : "履行义务：缴纳罚款（含加处罚款）、完成责令改正事项并留存凭证";
        fulfilSteps.put(
            r.id(),
            steps
                .add(
                    "FULFIL",
                    title,
                    List.of(r.id()),
                    r.authority(),
                    null,
                    asOf,
                    null,
                    List.of(),
                    List.of())
                .id());
      }
    }
    for (Finding f : diagnosis.findings()) {
      CreditRecord r = record(records, f.recordId());
      if (r.type() == RecordType.ABNORMAL_OPERATION && f.status() != FindingStatus.NOT_APPLICABLE) {
        List<String> deps =
            Optional.ofNullable(fulfilSteps.get(r.id())).map(List::of).orElse(List.of());
        LocalDate start = asOf;
        Deadline d = deadline(f, "SUBMITTED", "ACCEPTED");
        PlanStep step =
            steps.add(
                "LEAVE_ABNORMAL_LIST",
                "申请移出经营异常名录",
                List.of(r.id()),
                f.authority(),
                f.route(),
                start,
                d == null ? null : dates.addWorkingDays(start, d.workingDays()).date(),
                deps,
                d == null ? List.of() : List.of(d.note()));
        leaveAbnormal.put(r.id(), step);
      }
    }
    for (Finding f : diagnosis.findings()) {
      CreditRecord r = record(records, f.recordId());
      switch (f.status()) {
        case REPAIRABLE_NOW, NOT_YET -> {
          if (r.type() != RecordType.ABNORMAL_OPERATION) {
            applicationSteps(steps, f, r, asOf, fulfilSteps, leaveAbnormal);
          }
        }
        case AUTO_EXPIRES -> {
          LocalDate after = f.autoEndDate() == null ? asOf : f.autoEndDate().plusDays(1);
          steps.add(
              "WAIT_EXPIRY",
              "等待公示期满（" + f.autoEndDate() + "）后核对" + platformName(f) + "是否已停止公示",
              List.of(r.id()),
              f.authority(),
              f.route(),
              after.isBefore(asOf) ? asOf : after,
              null,
              Optional.ofNullable(fulfilSteps.get(r.id())).map(List::of).orElse(List.of()),
              f.notes());
        }
        case NOT_APPLICABLE ->
            steps.add(
                "OTHER_ROUTE",
                "按其他途径办理：" + (f.route() == null ? "向认定部门咨询" : f.route()),
                List.of(r.id()),
                f.authority(),
                null,
                asOf,
                null,
                List.of(),
                f.notes());
        case NOT_REPAIRABLE -> {}
      }
    }
    Checklists.Result checklist = checklists.build(diagnosis, records);
    return new RepairPlan(
        ids.get(),
        asOf,
        steps.all(),
        checklist.items(),
        checklist.before(),
        checklist.after(),
        citations(diagnosis),
        diagnosis);
  }

  private void applicationSteps(
      Steps steps,
      Finding f,
      CreditRecord r,
      LocalDate asOf,
      Map<String, String> fulfilSteps,
      Map<String, PlanStep> leaveAbnormal) {
    List<String> deps = new ArrayList<>();
    LocalDate start =
        f.earliestDate() != null && f.earliestDate().isAfter(asOf) ? f.earliestDate() : asOf;
    Optional.ofNullable(fulfilSteps.get(r.id())).ifPresent(deps::add);
    if (hasBlocker(f, "ON_ABNORMAL_LIST")) {
      for (PlanStep leave : leaveAbnormal.values()) {
        deps.add(leave.id());
        LocalDate after =
            leave.due() != null
                ? dates.nextWorkingDayAfter(leave.due()).date()
                : leave.earliestStart();
        start = after.isAfter(start) ? after : start;
      }
    }
    String what = r.type() == RecordType.ADMIN_PENALTY ? "申请提前停止公示（信用修复）" : "申请信用修复";
    PlanStep apply =
        steps.add(
            "APPLY",
            what + "：" + platformName(f),
            List.of(r.id()),
            f.authority(),
            f.route(),
            start,
            null,
            deps,
            f.notes());
    Deadline review = deadline(f, "SUBMITTED", "ACCEPTED");
    LocalDate reviewDue =
        review == null ? null : dates.addWorkingDays(start, review.workingDays()).date();
    PlanStep rv =
        steps.add(
            "REVIEW",
            "认定部门审核、作出修复决定",
            List.of(r.id()),
            f.authority(),
            null,
            start,
            reviewDue,
            List.of(apply.id()),
            review == null ? List.of("审核期限未收录，以认定部门告知为准") : List.of(review.note()));
    Deadline sync = deadline(f, "DECIDED", "REPAIRED");
    LocalDate syncStart = reviewDue != null ? reviewDue : start;
    PlanStep sy =
        steps.add(
            "SYNC",
            "修复结果同步至信用中国、国家企业信用信息公示系统等平台",
            List.of(r.id()),
            f.authority(),
            null,
            syncStart,
            sync == null ? null : dates.addWorkingDays(syncStart, sync.workingDays()).date(),
            List.of(rv.id()),
            sync == null ? List.of("同步期限未收录，以平台实际为准") : List.of(sync.note()));
    LocalDate afterSync = sy.due() != null ? sy.due() : syncStart;
    PlanStep tp =
        steps.add(
            "THIRD_PARTY",
            "致函企查查、天眼查等第三方平台更新信息（附修复结果截图）",
            List.of(r.id()),
            null,
            null,
            afterSync,
            null,
            List.of(sy.id()),
            List.of("第三方平台的更新做法依据地方经验材料，未核实（种子文件004）"));
    steps.add(
        "VERIFY",
        "核对各平台展示，留存截图与回执",
        List.of(r.id()),
        null,
        null,
        afterSync,
        null,
        List.of(tp.id()),
        List.of());
  }

  /** A deadline in working days and the note that cites it. */
  private record Deadline(int workingDays, String note) {}

  private Deadline deadline(Finding f, String... events) {
    for (String id : f.ruleIds()) {
      Optional<Rule> rule = rules.byId(id);
      if (rule.isPresent()
          && rule.get() instanceof Rule.Deadline d
          && d.workingDays() > 0
          && List.of(events).contains(d.event())) {
        String note =
            d.message() + (d.meta().verified() ? "" : "（依据未核实：" + d.meta().id() + "，以认定部门告知为准）");
        return new Deadline(d.workingDays(), note);
      }
    }
    return null;
  }

  private static boolean hasBlocker(Finding f, String... codes) {
    Set<String> wanted = Set.of(codes);
    return f.blockers().stream().map(Blocker::code).anyMatch(wanted::contains);
  }

  private static List<Finding> findingsOf(Diagnosis d, String recordId) {
    return d.findings().stream().filter(f -> f.recordId().equals(recordId)).toList();
  }

  private static CreditRecord record(List<CreditRecord> records, String id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static String platformName(Finding f) {
    return switch (f.platform()) {
      case GSXT -> "国家企业信用信息公示系统";
      case CREDIT_CHINA -> "信用中国";
      case TAX -> "税务系统";
      case COURT -> "法院执行信息公开网";
      case PBOC -> "征信系统";
    };
  }

  private static List<CitationRef> citations(Diagnosis d) {
    Map<String, CitationRef> all = new LinkedHashMap<>();
    d.findings()
        .forEach(
            f -> f.citations().forEach(c -> all.putIfAbsent(c.docId() + "|" + c.article(), c)));
    return List.copyOf(all.values());
  }

  /** Step list with sequential ids. */
  private static final class Steps {
    private final List<PlanStep> steps = new ArrayList<>();

    PlanStep add(
        String kind,
        String title,
        List<String> recordIds,
        String authority,
        String channel,
        LocalDate start,
        LocalDate due,
        List<String> dependsOn,
        List<String> notes) {
      PlanStep s =
          new PlanStep(
              "S" + (steps.size() + 1),
              kind,
              title,
              recordIds,
              authority,
              channel,
              start,
              due,
              List.copyOf(new LinkedHashSet<>(dependsOn)),
              notes);
      steps.add(s);
      return s;
    }

    List<PlanStep> all() {
      return steps;
    }
  }
}
