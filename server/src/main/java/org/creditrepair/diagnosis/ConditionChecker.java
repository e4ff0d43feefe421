package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.creditrepair.kb.rules.Condition;
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
    /** Can't be known from the data; the applicant attests it (承诺书/情况说明). */
    ATTESTED
  }

  static Outcome check(Condition c, CreditRecord r, List<CreditRecord> all, LocalDate asOf) {
    return switch (c) {
      case OBLIGATIONS_FULFILLED, CAUSE_CURED -> r.fulfilled() ? Outcome.MET : Outcome.UNMET;
      case HARM_REMOVED -> Outcome.ATTESTED;
      case NO_REPEAT_VIOLATION -> repeated(r, all) ? Outcome.UNMET : Outcome.MET;
      case NOT_ON_ABNORMAL_LIST ->
          onList(r, all, RecordType.ABNORMAL_OPERATION) ? Outcome.UNMET : Outcome.MET;
      case NOT_ON_SERIOUS_LIST ->
          onList(r, all, RecordType.SERIOUS_ILLEGAL_DISHONEST) ? Outcome.UNMET : Outcome.MET;
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

  /** Another penalty of the same kind (same sector or same reason) decided after this one. */
  private static boolean repeated(CreditRecord r, List<CreditRecord> all) {
    return all.stream()
        .filter(o -> o != r && o.type() == RecordType.ADMIN_PENALTY)
        .filter(o -> sameKind(r, o))
        .anyMatch(
            o ->
                o.decisionDate() != null
                    && r.decisionDate() != null
                    && o.decisionDate().isAfter(r.decisionDate()));
  }

  private static boolean sameKind(CreditRecord a, CreditRecord b) {
    return (a.domain() != null && Objects.equals(a.domain(), b.domain()))
        || (a.reason() != null && !a.reason().isBlank() && Objects.equals(a.reason(), b.reason()));
  }

  private static boolean onList(CreditRecord r, List<CreditRecord> all, RecordType list) {
    return all.stream().anyMatch(o -> o != r && o.type() == list);
  }

  private static boolean within3Years(LocalDate date, LocalDate asOf) {
    return date != null && !date.isBefore(asOf.minusYears(3)) && !date.isAfter(asOf);
  }
}
