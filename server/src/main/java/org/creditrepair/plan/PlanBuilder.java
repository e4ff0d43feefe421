package org.creditrepair.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;

/**
 * 修复方案生成：turns a diagnosis into dated steps on the working-day calendar — fulfil obligations →
 * leave the abnormal-operations list → apply → review → platform sync → third-party platforms →
 * follow-up — and a material checklist deduplicated across records. Deadlines come from DEADLINE
 * rules (the latest where several apply), materials from MATERIALS rules; nothing legal is decided
 * here. Removal from the 经营异常名录 and the 严重违法失信名单 precedes the penalty applications that wait for it
 * (ON_ABNORMAL_LIST, ON_SERIOUS_LIST); under a GROUPING rule (杭州“一件事”) the applications that can be
 * filed on the same day are merged into one.
 */
public final class PlanBuilder {
  private final DiagnosisEngine engine;
  private final RuleBook rules;
  private final Checklists checklists;
  private final DateRules dates;
  private final Deadlines deadlines;
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
    this.deadlines = new Deadlines(rules, dates);
    this.ids = ids;
  }

  public RepairPlan plan(Enterprise enterprise, List<CreditRecord> records, LocalDate asOf) {
    Diagnosis diagnosis = engine.diagnose(enterprise, records, asOf);
    Steps steps = new Steps();
    // authorities act on working days: steps start on the first working day from the as-of date
    LocalDate today = dates.nextWorkingDayAfter(asOf.minusDays(1)).date();
    Map<String, String> fulfilSteps = fulfilSteps(steps, diagnosis, records, today);
    Map<String, PlanStep> leaveAbnormal = new LinkedHashMap<>();
    Map<String, Application> applications = new LinkedHashMap<>();
    for (Finding f : diagnosis.findings()) {
      CreditRecord r = record(records, f.recordId());
      List<String> deps =
          fulfilSteps.containsKey(r.id()) ? List.of(fulfilSteps.get(r.id())) : List.of();
      switch (f.status()) {
        case REPAIRABLE_NOW, NOT_YET -> {
          if (r.type() == RecordType.ABNORMAL_OPERATION) {
            // leaving the list comes first: penalties can't end early while it lasts (总局令第45号第十四条)
            leaveAbnormal.computeIfAbsent(r.id(), id -> leaveStep(steps, f, r, today, deps));
          } else {
            Rule.Grouping g = grouping(f);
            applications
                .computeIfAbsent(applicationKey(f, r, g, today), k -> new Application(g))
                .add(f, r.type());
          }
        }
        case AUTO_EXPIRES -> {
          LocalDate after = f.autoEndDate() == null ? today : f.autoEndDate().plusDays(1);
          boolean ended = f.autoEndDate() != null && f.autoEndDate().isBefore(asOf);
          steps.add(
              "WAIT_EXPIRY",
              (ended ? "公示期已于" + f.autoEndDate() + "届满，" : "等待公示期满（" + f.autoEndDate() + "）后")
                  + "核对"
                  + platformName(f)
                  + "是否已停止公示",
              List.of(r.id()),
              f.authority(),
              f.route(),
              after.isBefore(today) ? today : after,
              null,
              deps,
              f.notes());
        }
        case NOT_APPLICABLE ->
            steps.add(
                "OTHER_ROUTE",
                "按其他途径办理：" + (f.route() == null ? "向认定部门咨询" : f.route()),
                List.of(r.id()),
                f.authority(),
                null,
                today,
                null,
                List.of(),
                f.notes());
        case NOT_REPAIRABLE -> {}
      }
    }
    List<String> syncIds = new ArrayList<>();
    List<PlanStep> seriousListSyncs = new ArrayList<>();
    // removal from the 严重违法失信名单 first: penalties can't end early while it lasts (第十四条（四）)
    List<Application> ordered = new ArrayList<>(applications.values());
    ordered.sort(
        Comparator.comparingInt(
            (Application a) -> a.types.contains(RecordType.SERIOUS_ILLEGAL_DISHONEST) ? 0 : 1));
    for (Application a : ordered) {
      PlanStep sync =
          applicationSteps(steps, a, today, fulfilSteps, leaveAbnormal, seriousListSyncs);
      if (a.types.contains(RecordType.SERIOUS_ILLEGAL_DISHONEST)) {
        seriousListSyncs.add(sync);
      }
      syncIds.add(sync.id());
    }
    for (PlanStep leave : leaveAbnormal.values()) {
      syncIds.add(leave.id());
    }
    followUp(steps, syncIds, today);
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

  /** 履行义务：one step per record whose obligations are not fulfilled. */
  private Map<String, String> fulfilSteps(
      Steps steps, Diagnosis diagnosis, List<CreditRecord> records, LocalDate today) {
    Map<String, String> out = new LinkedHashMap<>();
    for (CreditRecord r : records) {
      List<Finding> fs = findingsOf(diagnosis, r.id());
      if (fs.stream().anyMatch(f -> hasBlocker(f, "OBLIGATION_NOT_FULFILLED", "CAUSE_NOT_CURED"))) {
        String title =
            switch (r.type()) {
              case ABNORMAL_OPERATION -> "消除列入原因：补报年度报告、公示或更正有关信息、确认可联系的住所";
              case ADMIN_PENALTY -> "履行义务：缴纳罚款（含加处罚款）、完成责令改正事项并留存凭证";
              default -> "纠正失信行为：履行认定部门确定的义务并留存凭证";
            };
        // what the rules require, in their words
        List<String> notes =
            fs.stream()
                .flatMap(f -> f.blockers().stream())
                .filter(
                    b -> Set.of("OBLIGATION_NOT_FULFILLED", "CAUSE_NOT_CURED").contains(b.code()))
                .map(Blocker::message)
                .distinct()
                .toList();
        out.put(
            r.id(),
            steps
                .add(
                    "FULFIL",
                    title,
                    List.of(r.id()),
                    r.authority(),
                    null,
                    today,
                    null,
                    List.of(),
                    notes)
                .id());
      }
    }
    return out;
  }

  /** 移出经营异常名录：the listing bureau decides; the deadline comes from a DEADLINE rule. */
  private PlanStep leaveStep(
      Steps steps, Finding f, CreditRecord r, LocalDate today, List<String> deps) {
    LocalDate start =
        f.earliestDate() != null && f.earliestDate().isAfter(today) ? f.earliestDate() : today;
    Deadlines.Due d = due(f, start, "SUBMITTED", "ACCEPTED");
    return steps.add(
        "LEAVE_ABNORMAL_LIST",
        "申请移出经营异常名录",
        List.of(r.id()),
        f.authority(),
        f.route(),
        start,
        d.date(),
        deps,
        d.notes());
  }

  /**
   * Findings merged into one application: under a GROUPING rule (杭州“一件事”) all that can be filed
   * together — same first day, and the same list removals to wait for — otherwise one per record,
   * authority and channel.
   */
  private static String applicationKey(
      Finding f, CreditRecord r, Rule.Grouping g, LocalDate today) {
    if (g == null) {
      return r.id() + "|" + f.authority() + "|" + f.route();
    }
    LocalDate start =
        f.earliestDate() != null && f.earliestDate().isAfter(today) ? f.earliestDate() : today;
    return g.meta().id()
        + "|"
        + start
        + "|"
        + hasBlocker(f, "ON_ABNORMAL_LIST")
        + "|"
        + hasBlocker(f, "ON_SERIOUS_LIST");
  }

  /** 修复申请：the findings one application covers (one record, or several under “一件事”). */
  private static final class Application {
    final Rule.Grouping grouping;
    final List<Finding> findings = new ArrayList<>();
    final Set<RecordType> types = new LinkedHashSet<>();

    Application(Rule.Grouping grouping) {
      this.grouping = grouping;
    }

    void add(Finding f, RecordType type) {
      findings.add(f);
      types.add(type);
    }

    List<String> recordIds() {
      return findings.stream().map(Finding::recordId).distinct().toList();
    }
  }

  /** Apply → review → sync for one application; returns its sync step. */
  private PlanStep applicationSteps(
      Steps steps,
      Application a,
      LocalDate today,
      Map<String, String> fulfilSteps,
      Map<String, PlanStep> leaveAbnormal,
      List<PlanStep> seriousListSyncs) {
    List<String> deps = new ArrayList<>();
    LocalDate start = today;
    List<String> notes = new ArrayList<>();
    Set<String> platforms = new LinkedHashSet<>();
    Set<String> authorities = new LinkedHashSet<>();
    for (Finding f : a.findings) {
      if (f.earliestDate() != null && f.earliestDate().isAfter(start)) {
        start = f.earliestDate();
      }
      Optional.ofNullable(fulfilSteps.get(f.recordId())).ifPresent(deps::add);
      if (hasBlocker(f, "ON_ABNORMAL_LIST")) {
        for (PlanStep leave : leaveAbnormal.values()) {
          deps.add(leave.id());
          start = later(start, after(leave));
        }
      }
      if (hasBlocker(f, "ON_SERIOUS_LIST")) {
        for (PlanStep removed : seriousListSyncs) {
          deps.add(removed.id());
          start = later(start, after(removed));
        }
      }
      f.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
      platforms.add(platformName(f));
      if (f.authority() != null) {
        authorities.add(f.authority());
      }
    }
    Finding first = a.findings.get(0);
    String authority = String.join("、", authorities);
    String channel = a.grouping != null ? a.grouping.channel() : first.route();
    String title =
        a.grouping != null
            ? "通过“一件事”专窗一次申请修复（" + a.recordIds().size() + "条记录）"
            : (a.types.equals(Set.of(RecordType.ADMIN_PENALTY)) ? "申请提前停止公示（信用修复）" : "申请信用修复")
                + "："
                + String.join("、", platforms);
    if (a.grouping != null && a.grouping.message() != null) {
      notes.add(a.grouping.message() + "（依据未核实：" + a.grouping.meta().id() + "）");
    }
    PlanStep apply =
        steps.add("APPLY", title, a.recordIds(), authority, channel, start, null, deps, notes);
    Deadlines.Due review = due(first, start, "SUBMITTED", "ACCEPTED", "PUBLIC_NOTICE");
    PlanStep rv =
        steps.add(
            "REVIEW",
            "认定部门审核、作出修复决定",
            a.recordIds(),
            authority,
            null,
            start,
            review.date(),
            List.of(apply.id()),
            review.date() == null ? List.of("审核期限未收录，以认定部门告知为准") : review.notes());
    LocalDate syncStart = review.date() != null ? review.date() : start;
    Deadlines.Due sync = due(first, syncStart, "DECIDED", "REPAIRED");
    return steps.add(
        "SYNC",
        "修复结果同步至各信用平台（" + String.join("、", platforms) + "等）",
        a.recordIds(),
        authority,
        null,
        syncStart,
        sync.date(),
        List.of(rv.id()),
        sync.date() == null ? List.of("同步期限未收录，以平台实际为准") : sync.notes());
  }

  /** The first working day after a step is due (or its start when it has no deadline). */
  private LocalDate after(PlanStep s) {
    return s.due() != null ? dates.nextWorkingDayAfter(s.due()).date() : s.earliestStart();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /** 第三方平台与回访：one letter to third-party platforms and one check, after every sync. */
  private void followUp(Steps steps, List<String> syncIds, LocalDate today) {
    if (syncIds.isEmpty()) {
      return;
    }
    LocalDate after = today;
    List<String> recordIds = new ArrayList<>();
    for (String id : syncIds) {
      PlanStep s = steps.byId(id);
      LocalDate d = s.due() != null ? s.due() : s.earliestStart();
      after = d.isAfter(after) ? d : after;
      s.recordIds().stream().filter(r -> !recordIds.contains(r)).forEach(recordIds::add);
    }
    PlanStep tp =
        steps.add(
            "THIRD_PARTY",
            "致函企查查、天眼查等第三方平台更新信息（附修复决定或官方平台截图，一封函可列明全部已修复记录）",
            recordIds,
            null,
            null,
            after,
            null,
            syncIds,
            List.of("第三方平台的更新做法依据地方经验材料，未核实（种子文件004）；模板见 TPL-THIRD-PARTY-SYNC-LETTER"));
    steps.add(
        "VERIFY",
        "核对信用中国、国家企业信用信息公示系统和第三方平台的展示，留存截图与回执",
        recordIds,
        null,
        null,
        after,
        null,
        List.of(tp.id()),
        List.of());
  }

  private Rule.Grouping grouping(Finding f) {
    for (String id : f.ruleIds()) {
      if (rules.byId(id).orElse(null) instanceof Rule.Grouping g) {
        return g;
      }
    }
    return null;
  }

  private Deadlines.Due due(Finding f, LocalDate start, String... events) {
    return deadlines.due(f.ruleIds(), start, events);
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

    PlanStep byId(String id) {
      return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
  }
}
