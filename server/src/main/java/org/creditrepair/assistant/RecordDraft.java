package org.creditrepair.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;

/**
 * 记录草稿：what the conversation has established about one record so far; complete once every slot its
 * type needs is filled.
 *
 * @param decisionDate 处罚决定日期 (ADMIN_PENALTY)
 * @param listedDate 列入或认定日期 (lists, 纳税信用D级)
 * @param fulfilled whether the obligations are fulfilled, null when not yet said
 * @param authority the deciding authority as the user named it (市场监督管理部门 …), or null
 */
public record RecordDraft(
    RecordType type,
    Set<Sanction> sanctions,
    LocalDate decisionDate,
    LocalDate listedDate,
    Boolean fulfilled,
    LocalDate fulfilledDate,
    BigDecimal fineAmount,
    String authority) {
  public RecordDraft {
    sanctions = sanctions == null ? Set.of() : Set.copyOf(sanctions);
  }

  public static RecordDraft empty() {
    return new RecordDraft(null, Set.of(), null, null, null, null, null, null);
  }

  public boolean isEmpty() {
    return type == null && sanctions.isEmpty() && decisionDate == null && listedDate == null;
  }

  /** The slots still missing, in the order they are asked. */
  public List<Slot> missing() {
    List<Slot> out = new ArrayList<>();
    if (type == null) {
      out.add(Slot.RECORD_TYPE);
      return out;
    }
    switch (type) {
      case ADMIN_PENALTY -> {
        if (sanctions.isEmpty()) {
          out.add(Slot.SANCTIONS);
        }
        if (decisionDate == null) {
          out.add(Slot.DECISION_DATE);
        }
      }
      case CREDIT_REPORT, COURT_DEFAULTER -> {}
      default -> {
        if (listedDate == null) {
          out.add(Slot.LISTED_DATE);
        }
      }
    }
    if (hasObligations() && fulfilled == null) {
      out.add(Slot.FULFILLED);
    }
    if (Boolean.TRUE.equals(fulfilled)
        && fulfilledDate == null
        && type != RecordType.CREDIT_REPORT) {
      out.add(Slot.FULFILLED_DATE);
    }
    return out;
  }

  /** Whether the record carries obligations to fulfil (a warning alone carries none). */
  boolean hasObligations() {
    if (type == RecordType.CREDIT_REPORT) {
      return false;
    }
    if (type != RecordType.ADMIN_PENALTY) {
      return true;
    }
    Set<Sanction> burdens = EnumSet.copyOf(sanctions.isEmpty() ? Set.of(Sanction.FINE) : sanctions);
    burdens.removeAll(EnumSet.of(Sanction.WARNING, Sanction.CIRCULATED_CRITICISM));
    return !burdens.isEmpty();
  }

  /** The latest date the draft holds, if any. */
  Optional<LocalDate> latestDate() {
    return java.util.stream.Stream.of(decisionDate, listedDate, fulfilledDate)
        .filter(java.util.Objects::nonNull)
        .max(LocalDate::compareTo);
  }

  /** This draft with its dates and fulfilment cleared, to ask for them again. */
  RecordDraft withoutDates() {
    return new RecordDraft(type, sanctions, null, null, null, null, fineAmount, authority);
  }

  public Optional<Slot> next() {
    return missing().stream().findFirst();
  }

  /** This draft with what {@code s} says filled in where it was still empty or is being asked. */
  public RecordDraft merge(SlotExtractor.Slots s, Slot asked) {
    RecordType t =
        type == null || s.recordType() != null && asked == Slot.RECORD_TYPE
            ? or(s.recordType(), type)
            : type;
    Set<Sanction> sa = sanctions;
    if (!s.sanctions().isEmpty() && (sa.isEmpty() || asked == Slot.SANCTIONS)) {
      sa = s.sanctions();
    }
    if (t == null && !sa.isEmpty()) {
      t = RecordType.ADMIN_PENALTY;
    }
    LocalDate decided = decisionDate;
    LocalDate listed = listedDate;
    LocalDate paidOn = fulfilledDate;
    Boolean done = s.fulfilled() != null ? s.fulfilled() : fulfilled;
    for (SlotExtractor.DatedFact d : s.datedFacts()) {
      switch (d.kind()) {
        case DECISION -> decided = d.date();
        case LISTED -> listed = d.date();
        case FULFILLED -> {
          paidOn = d.date();
          done = Boolean.TRUE;
        }
        case UNSPECIFIED -> {
          Slot target = asked != null ? asked : dateSlot(t, decided, listed, done);
          switch (target) {
            case DECISION_DATE -> decided = d.date();
            case LISTED_DATE -> listed = d.date();
            case FULFILLED_DATE, FULFILLED -> {
              paidOn = d.date();
              done = Boolean.TRUE;
            }
            default -> {
              if (t == RecordType.ADMIN_PENALTY || t == null) {
                decided = decided == null ? d.date() : decided;
              } else {
                listed = listed == null ? d.date() : listed;
              }
            }
          }
        }
      }
    }
    if (asked == Slot.FULFILLED && s.fulfilled() == null && s.answer() != null) {
      done = s.answer();
    }
    BigDecimal amount = s.amount() != null ? s.amount() : fineAmount;
    String by = s.authority() != null ? s.authority() : authority;
    return new RecordDraft(t, sa, decided, listed, done, paidOn, amount, by);
  }

  private static Slot dateSlot(RecordType t, LocalDate decided, LocalDate listed, Boolean done) {
    if (t == RecordType.ADMIN_PENALTY || t == null) {
      return decided == null ? Slot.DECISION_DATE : Slot.FULFILLED_DATE;
    }
    return listed == null ? Slot.LISTED_DATE : Slot.FULFILLED_DATE;
  }

  private static <T> T or(T a, T b) {
    return a != null ? a : b;
  }

  /** The record as the rules engine takes it. */
  public CreditRecord toRecord(String id) {
    return new CreditRecord(
        id,
        type,
        null,
        sanctions,
        null,
        authority,
        null,
        decisionDate,
        null,
        fineAmount,
        hasObligations() ? fulfilled : Boolean.TRUE,
        fulfilledDate,
        null,
        listedDate,
        Set.of(),
        List.of());
  }
}
