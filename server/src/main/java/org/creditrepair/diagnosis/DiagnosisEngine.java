package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.creditrepair.kb.rules.PeriodStart;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;

/**
 * 诊断引擎：judges each record on each platform it is published on by the rules in force on the as-of
 * date — status, earliest application date or automatic end, authority and route, blockers
 * (including cross-record ones), the regime applied, and citations. Legal facts come only from the
 * rule book; dates from the official working-day calendar.
 */
public final class DiagnosisEngine {
  private final RuleBook rules;
  private final DateRules dates;
  private final Function<String, String> docTitles;
  private final Function<String, String> regionPaths;
  private final Supplier<String> ids;

  /**
   * @param docTitles registry id → document title
   * @param regionPaths region name → region path; throws a coded client error for unknown names
   * @param ids new diagnosis ids
   */
  public DiagnosisEngine(
      RuleBook rules,
      DateRules dates,
      Function<String, String> docTitles,
      Function<String, String> regionPaths,
      Supplier<String> ids) {
    this.rules = rules;
    this.dates = dates;
    this.docTitles = docTitles;
    this.regionPaths = regionPaths;
    this.ids = ids;
  }

  /** Diagnoses all records of one enterprise as of a date. */
  public Diagnosis diagnose(Enterprise enterprise, List<CreditRecord> records, LocalDate asOf) {
    String region =
        enterprise == null || enterprise.region() == null || enterprise.region().isBlank()
            ? null
            : regionPaths.apply(enterprise.region());
    List<Finding> findings = new ArrayList<>();
    for (CreditRecord r : records) {
      for (Platform p : RecordSubject.platformsOf(r).stream().sorted().toList()) {
        findings.add(judge(new RecordSubject(r, p, region), records, asOf));
      }
    }
    return new Diagnosis(ids.get(), asOf, findings, Summary.of(findings));
  }

  private Finding judge(RecordSubject s, List<CreditRecord> all, LocalDate asOf) {
    CreditRecord r = s.record();
    List<Rule> applied = rules.applicable(s, asOf);
    Evidence ev = new Evidence();
    if (applied.stream().noneMatch(DiagnosisEngine::decisive)) {
      ev.blockers.add(
          new Blocker(
              "NO_RULE_FOR_DATE", "本系统尚未收录该类记录在" + asOf + "适用的修复规则（期限、条件或途径），请向作出认定的部门咨询", null));
      return ev.finding(
          r, s.platform(), FindingStatus.NOT_APPLICABLE, null, null, "向作出认定的部门咨询", r.authority());
    }
    applied.forEach(ev::add);
    Rule.Route route = route(applied, s.platform());
    String authority = route == null ? r.authority() : route.authority();
    String channel = route == null ? null : route.channel();
    if (route != null && route.message() != null) {
      ev.note("办理途径：" + route.message());
    }
    Rule.NotApplicable na = firstOf(applied, Rule.NotApplicable.class);
    if (na != null) {
      return ev.finding(
          r, s.platform(), FindingStatus.NOT_APPLICABLE, null, null, na.route(), na.authority());
    }
    PublicityTerms terms = PublicityTerms.of(applied, r, dates, ev);
    for (Rule.EarlyEndBar bar : rulesOf(applied, Rule.EarlyEndBar.class)) {
      ev.blockers.add(new Blocker(bar.blocker(), bar.message(), bar.meta().id()));
    }
    boolean barred = !ev.blockers.isEmpty();
    Unmet unmet = conditions(applied, s, all, asOf, ev);
    LocalDate autoEnd = terms.autoEnd();
    if (autoEnd != null && !unmet.forGood().isEmpty()) {
      // an early-end condition that can never be met again: the record waits for its maximum
      ev.blockers.addAll(unmet.forGood());
      barred = true;
    }
    if (autoEnd != null && asOf.isAfter(autoEnd) && (!terms.needsFulfilment() || r.fulfilled())) {
      ev.notes.add("公示期已于" + autoEnd + "届满，应已停止公示；请核对各平台是否已撤下，未撤下的可向认定部门反映");
      return ev.finding(
          r, s.platform(), FindingStatus.AUTO_EXPIRES, null, autoEnd, channel, authority);
    }
    if (barred || (terms.noEarlyEnd() && autoEnd != null)) {
      if (terms.needsFulfilment() && !r.fulfilled()) {
        ev.blockers.addAll(
            unmet.all().stream().filter(b -> b.code().equals("OBLIGATION_NOT_FULFILLED")).toList());
      }
      FindingStatus status =
          autoEnd != null ? FindingStatus.AUTO_EXPIRES : FindingStatus.NOT_REPAIRABLE;
      return ev.finding(r, s.platform(), status, null, autoEnd, channel, authority);
    }
    ev.blockers.addAll(unmet.all());
    if (terms.minimumMessage() != null) {
      ev.note("期限依据：" + terms.minimumMessage());
    }
    if (terms.none()) {
      ev.notes.add("本系统没有收录该类记录的公示期限和提前结束条件，可否立即申请、何时移出以认定部门的答复为准，建议申请前先电话咨询");
    }
    LocalDate earliest = terms.earliest();
    if (earliest != null && asOf.isBefore(earliest)) {
      ev.blockers.add(
          new Blocker(
              "MINIMUM_PERIOD_NOT_REACHED",
              "最短公示期（" + terms.minimumLabel() + "）未满，" + earliest + "起可申请",
              terms.minimumRule()));
    }
    if (terms.missingStart() != null) {
      ev.blockers.add(
          new Blocker(
              "MISSING_DATE",
              "缺少计算期限所需的日期（" + terms.missingStart() + "），无法计算可申请日期；请补充后重新诊断",
              null));
    }
    if (ev.blockers.isEmpty()) {
      return ev.finding(
          r, s.platform(), FindingStatus.REPAIRABLE_NOW, null, autoEnd, channel, authority);
    }
    LocalDate shown = earliest != null && asOf.isBefore(earliest) ? earliest : null;
    return ev.finding(r, s.platform(), FindingStatus.NOT_YET, shown, autoEnd, channel, authority);
  }

  /**
   * Unmet conditions: all of them, and those unmet for good (a past event no later act can undo).
   */
  private record Unmet(List<Blocker> all, List<Blocker> forGood) {}

  private Unmet conditions(
      List<Rule> applied, RecordSubject s, List<CreditRecord> all, LocalDate asOf, Evidence ev) {
    List<Blocker> unmet = new ArrayList<>();
    List<Blocker> forGood = new ArrayList<>();
    for (Rule.ConditionRule c : rulesOf(applied, Rule.ConditionRule.class)) {
      Blocker b = new Blocker(c.blocker(), c.message(), c.meta().id());
      switch (ConditionChecker.check(c.condition(), s, all, asOf)) {
        case UNMET -> unmet.add(b);
        case UNMET_FOR_GOOD -> {
          unmet.add(b);
          forGood.add(b);
        }
        case ATTESTED -> ev.note(c.message() + "（请在情况说明和信用承诺书中说明）");
        case MET -> {}
      }
    }
    return new Unmet(unmet, forGood);
  }

  /** Rules that say something about repairability; deadlines, materials and grouping do not. */
  private static boolean decisive(Rule r) {
    return r instanceof Rule.NotApplicable
        || r instanceof Rule.Publicity
        || r instanceof Rule.EarlyEndBar
        || r instanceof Rule.ConditionRule
        || r instanceof Rule.Route;
  }

  /** The route for the platform judged, the most specific (e.g. regional) first. */
  private static Rule.Route route(List<Rule> applied, Platform platform) {
    return rulesOf(applied, Rule.Route.class).stream()
        .max(
            Comparator.comparingInt((Rule.Route x) -> x.platform() == platform ? 1 : 0)
                .thenComparingInt(x -> x.meta().applies().specificity()))
        .orElse(null);
  }

  static <T extends Rule> List<T> rulesOf(List<Rule> rules, Class<T> kind) {
    return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  static <T extends Rule> T firstOf(List<Rule> rules, Class<T> kind) {
    return rules.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
  }

  /** 依据汇总：rule ids, citations, regimes, unverified rules and notes of one finding. */
  private final class Evidence {
    final List<String> ruleIds = new ArrayList<>();
    final Map<String, CitationRef> citations = new LinkedHashMap<>();
    final Set<String> regimes = new LinkedHashSet<>();
    final List<String> unverified = new ArrayList<>();
    final List<Blocker> blockers = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void note(String note) {
      if (note != null && !notes.contains(note)) {
        notes.add(note);
      }
    }

    void add(Rule rule) {
      var m = rule.meta();
      ruleIds.add(m.id());
      String key = m.source().doc() + "|" + m.source().article();
      // one citation per document and article; verified only when every rule citing it is
      citations.merge(
          key,
          new CitationRef(
              m.source().doc(),
              docTitles.apply(m.source().doc()),
              m.source().article(),
              m.verified()),
          (a, b) -> a.verified() && !b.verified() ? b : a);
      rules.regime(m.regimeId()).ifPresent(reg -> regimes.add(reg.name()));
      if (!m.verified()) {
        unverified.add(m.id());
      }
    }

    Finding finding(
        CreditRecord r,
        Platform platform,
        FindingStatus status,
        LocalDate earliest,
        LocalDate autoEnd,
        String route,
        String authority) {
      List<String> allNotes = new ArrayList<>(notes);
      if (!unverified.isEmpty()) {
        allNotes.add("本结论部分依据尚未核实原文的规定（" + String.join("、", unverified) + "），以认定部门最新规定为准");
      }
      List<CitationRef> cites = new ArrayList<>(citations.values());
      cites.sort(Comparator.comparing(CitationRef::verified).reversed());
      return new Finding(
          r.id(),
          platform,
          status,
          earliest,
          autoEnd,
          route,
          authority,
          String.join("；", regimes),
          blockers,
          cites,
          ruleIds,
          unverified,
          allNotes);
    }
  }

  /** 公示期限：the minimum and maximum publicity terms of a record and the dates they give. */
  private record PublicityTerms(
      LocalDate earliest,
      LocalDate autoEnd,
      boolean needsFulfilment,
      String minimumLabel,
      String minimumRule,
      String minimumMessage,
      String missingStart,
      boolean noEarlyEnd,
      boolean none) {

    static PublicityTerms of(List<Rule> applied, CreditRecord r, DateRules dates, Evidence ev) {
      Rule.Publicity min = longest(applied, true);
      Rule.Publicity max = longest(applied, false);
      if (min == null && max == null) {
        return new PublicityTerms(null, null, false, null, null, null, null, true, true);
      }
      String missing = null;
      LocalDate autoEnd = null;
      if (max != null && max.message() != null) {
        ev.note("期限依据：" + max.message());
      }
      if (max != null) {
        LocalDate start = StartDates.of(max.maximum().from(), r, ev.notes);
        if (start == null) {
          missing = StartDates.label(max.maximum().from());
        } else {
          DateRules.Dated end = dates.periodEnd(start, max.maximum());
          autoEnd = end.date();
          note(ev, end);
        }
      }
      LocalDate earliest = null;
      // no minimum, or one not shorter than the maximum: publicity only ends at the maximum
      boolean noEarlyEnd = min == null;
      // a period counted from fulfilment has not begun while the obligation is unfulfilled:
      // nothing is missing, OBLIGATION_NOT_FULFILLED says what to do
      boolean notBegun =
          min != null && min.minimum().from() == PeriodStart.FULFILLED && !r.fulfilled();
      if (min != null) {
        LocalDate start = StartDates.of(min.minimum().from(), r, ev.notes);
        if (start == null) {
          missing = notBegun ? missing : StartDates.label(min.minimum().from());
        } else {
          DateRules.Dated end = dates.periodEnd(start, min.minimum());
          DateRules.Dated next = dates.nextWorkingDayAfter(end.date());
          earliest = next.date();
          if (autoEnd != null && !earliest.isBefore(autoEnd)) {
            ev.note("最短公示期不短于公示期限，无需申请，到期自动停止公示");
            earliest = null;
            noEarlyEnd = true;
          } else {
            // only a date the finding shows may carry the provisional-calendar note
            note(ev, next);
          }
        }
      }
      return new PublicityTerms(
          earliest,
          autoEnd,
          max != null && max.autoEndNeedsFulfilment(),
          min == null ? null : min.minimum().label(),
          min == null ? null : min.meta().id(),
          min == null || min == max || (earliest == null && !notBegun) ? null : min.message(),
          missing,
          noEarlyEnd,
          false);
    }

    private static Rule.Publicity longest(List<Rule> applied, boolean minimum) {
      return rulesOf(applied, Rule.Publicity.class).stream()
          .filter(p -> (minimum ? p.minimum() : p.maximum()) != null)
          .max(
              Comparator.comparingDouble(p -> (minimum ? p.minimum() : p.maximum()).approxMonths()))
          .orElse(null);
    }

    private static void note(Evidence ev, DateRules.Dated d) {
      ev.note(d.note());
    }
  }
}
