package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.List;
import org.creditrepair.kb.rules.PeriodStart;

/** 起算日：the record date a period counts from, with an estimate when it is missing. */
final class StartDates {
  private StartDates() {}

  /** The start date, or null when neither it nor an estimate is known; notes estimates. */
  static LocalDate of(PeriodStart from, CreditRecord r, List<String> notes) {
    return switch (from) {
      case PUBLISHED -> {
        if (r.publishedDate() != null) {
          yield r.publishedDate();
        }
        if (r.decisionDate() != null) {
          add(notes, "未提供公示日期，按处罚决定日期估算（实际公示日期通常晚于决定日期），以平台公示日期为准");
          yield r.decisionDate();
        }
        yield null;
      }
      case DECISION -> r.decisionDate();
      case LISTED -> r.listedDate() != null ? r.listedDate() : r.publishedDate();
      case FULFILLED -> r.fulfilledDate();
    };
  }

  /** The record fields a period start needs, for the MISSING_DATE message. */
  static String label(PeriodStart from) {
    return switch (from) {
      case PUBLISHED -> "公示日期 publishedDate 或处罚决定日期 decisionDate";
      case DECISION -> "处罚决定日期 decisionDate";
      case LISTED -> "列入日期 listedDate";
      case FULFILLED -> "纠正失信行为、履行义务的日期 fulfilledDate";
    };
  }

  private static void add(List<String> notes, String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }
}
