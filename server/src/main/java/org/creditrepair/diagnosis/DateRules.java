package org.creditrepair.diagnosis;

import java.time.LocalDate;
import org.creditrepair.kb.rules.Period;

/** 日期规则：period and working-day arithmetic on the official calendar, as the engine needs it. */
public interface DateRules {
  /** The last day of a period counted from the day after {@code event} (not moved off holidays). */
  Dated periodEnd(LocalDate event, Period period);

  /** The first working day strictly after {@code day}. */
  Dated nextWorkingDayAfter(LocalDate day);

  /** The n-th working day after {@code event}. */
  Dated addWorkingDays(LocalDate event, int n);

  /**
   * The last day of a deadline of {@code days} calendar days from {@code event}, moved to the next
   * working day when it falls on a rest day (民法典 第二百零三条).
   */
  Dated calendarDaysDeadline(LocalDate event, int days);

  /**
   * A computed date.
   *
   * @param note a Chinese note when the date is provisional (holiday schedule not yet published),
   *     else null
   */
  record Dated(LocalDate date, String note) {}
}
