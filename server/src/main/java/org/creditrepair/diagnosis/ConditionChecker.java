package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.creditrepair.kb.rules.Condition;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;

/**
 * 条件核查：tests a repair condition against the record and the enterprise's other records (the
 * cross-record rules: a penalty can't end early while the company is on the 经营异常名录).
 */
final class ConditionChecker {
  private ConditionChecker() {}

  /** The outcome of one condition. */
  enum Outcome {
    MET,
    UNMET,
    /**
     * Unmet by a past event that cannot be undone (a repeat penalty of the same kind was imposed):
     * an early end that requires it is never possible, the record waits for its maximum term.
     */
    UNMET_FOR_GOOD,
    /** Can't be known from the data; the applicant attests it (承诺书/情况说明). */
    ATTESTED
  }

  static Outcome check(Condition c, RecordSubject s, List<CreditRecord> all, LocalDate asOf) {
    CreditRecord r = s.record();
    return switch (c) {
      case OBLIGATIONS_FULFILLED, CAUSE_CURED -> r.fulfilled() ? Outcome.MET : Outcome.UNMET;
      case HARM_REMOVED -> Outcome.ATTESTED;
      case NO_REPEAT_VIOLATION ->
          repeated(r, s.platform(), all, asOf) ? Outcome.UNMET_FOR_GOOD : Outcome.MET;
      case NOT_ON_ABNORMAL_LIST ->
          onList(r, all, RecordType.ABNORMAL_OPERATION, asOf) ? Outcome.UNMET : Outcome.MET;
      case NOT_ON_SERIOUS_LIST ->
          onList(r, all, RecordType.SERIOUS_ILLEGAL_DISHONEST, asOf) ? Outcome.UNMET : Outcome.MET;
      case NO_SAME_TYPE_REPAIR_WITHIN_3_YEARS ->
          r.priorRepairs().stream()
                  .anyMatch(p -> p.type() == r.type() && within3Years(p.date(), asOf))
              ? Outcome.UNMET
              : Outcome.MET;
      case FEWER_THAN_2_REPAIRS_WITHIN_3_YEARS ->
          r.priorRepairs().stream().filter(p -> within3Years(p.date(), asOf)).count() >= 2
              ? Outcome.UNMET
              : Outcome.MET;
    };
  }

  /**
   * Another penalty of the same kind (same sector or same reason) imposed after this one and not
   * after {@code asOf}. Judged on the 公示系统, only penalties by market regulation count (总局令第45号
   * 第十四条（三）：“再次受到市场监督管理部门行政处罚”), i.e. those published there (第二条).
   */
  private static boolean repeated(
      CreditRecord r, Platform platform, List<CreditRecord> all, LocalDate asOf) {
    return all.stream()
        .filter(o -> o != r && o.type() == RecordType.ADMIN_PENALTY)
        .filter(o -> platform != Platform.GSXT || RecordSubject.platformsOf(o).contains(platform))
        .filter(o -> sameKind(r, o))
        .anyMatch(o -> later(o, r, asOf));
  }

  /** True when {@code o} was imposed after {@code r} and by {@code asOf}. */
  private static boolean later(CreditRecord o, CreditRecord r, LocalDate asOf) {
    LocalDate mine;
    LocalDate theirs;
    if (o.decisionDate() != null && r.decisionDate() != null) {
      mine = r.decisionDate();
      theirs = o.decisionDate();
    } else {
      mine = r.publishedDate() != null ? r.publishedDate() : r.decisionDate();
      theirs = o.publishedDate() != null ? o.publishedDate() : o.decisionDate();
    }
    return mine != null && theirs != null && theirs.isAfter(mine) && !theirs.isAfter(asOf);
  }

  private static boolean sameKind(CreditRecord a, CreditRecord b) {
    return (a.domain() != null && Objects.equals(a.domain(), b.domain()))
        || (a.reason() != null && !a.reason().isBlank() && Objects.equals(a.reason(), b.reason()));
  }

  /** Another record of the list type, listed by {@code asOf} (or without a listing date). */
  private static boolean onList(
      CreditRecord r, List<CreditRecord> all, RecordType list, LocalDate asOf) {
    return all.stream()
        .filter(o -> o != r && o.type() == list)
        .anyMatch(o -> listed(o) == null || !listed(o).isAfter(asOf));
  }

  private static LocalDate listed(CreditRecord o) {
    return o.listedDate() != null ? o.listedDate() : o.publishedDate();
  }

  private static boolean within3Years(LocalDate date, LocalDate asOf) {
    return date != null && !date.isBefore(asOf.minusYears(3)) && !date.isAfter(asOf);
  }
}
