package org.creditrepair.shared.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 期间计算：periods as Chinese law counts them (《中华人民共和国民法典》第二百零一条至第二百零三条) on the official working-day
 * calendar.
 *
 * <ul>
 *   <li>A period in days, months or years starts the day after the event (第二百零一条).
 *   <li>A period in months or years ends on the corresponding day of the last month, or on its last
 *       day when there is no corresponding day (第二百零二条).
 *   <li>A last day falling on a 法定休假日 moves to the day after the holiday (第二百零三条). Weekend rest
 *       days count as 法定休假日 here, as courts and authorities treat them; an adjusted working weekend
 *       does not.
 *   <li>Working-day deadlines count working days only.
 * </ul>
 *
 * Dates in a year whose holiday notice is not yet published (or, before the first bundled year, not
 * in the calendar) are computed with weekends only and carry a Chinese note saying so.
 */
public final class LegalPeriods {
  private final WorkingDayCalendar calendar;

  public LegalPeriods(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar);
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** A computed date, with a note when it rests on an unpublished year's calendar. */
  public record Dated(LocalDate date, String note) {}

  /**
   * The last day of a period of {@code amount} units counted from the day after {@code event}, not
   * moved off holidays.
   */
  public LocalDate periodEnd(LocalDate event, long amount, ChronoUnit unit) {
    if (amount < 0) {
      throw new IllegalArgumentException("negative period");
    }
    return switch (unit) {
      case DAYS -> event.plusDays(amount);
      case MONTHS -> event.plusMonths(amount);
      case YEARS -> event.plusYears(amount);
      default -> throw new IllegalArgumentException("unsupported unit " + unit);
    };
  }

  /** The last day of a period, moved off rest days to the next working day (第二百零三条). */
  public Dated periodEndMovedOffHolidays(LocalDate event, long amount, ChronoUnit unit) {
    return lastDayMovedOffHoliday(periodEnd(event, amount, unit));
  }

  /** {@code lastDay} itself when it is a working day, else the first working day after it. */
  public Dated lastDayMovedOffHoliday(LocalDate lastDay) {
    SortedSet<Integer> touched = new TreeSet<>();
    LocalDate d = lastDay;
    touched.add(d.getYear());
    while (!calendar.isWorkingDay(d)) {
      d = d.plusDays(1);
      touched.add(d.getYear());
    }
    return dated(d, touched);
  }

  /** The first working day strictly after {@code day}. */
  public Dated nextWorkingDayAfter(LocalDate day) {
    return lastDayMovedOffHoliday(day.plusDays(1));
  }

  /** The {@code n}-th working day after {@code event} (the event's own day is not counted). */
  public Dated addWorkingDays(LocalDate event, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative working days");
    }
    SortedSet<Integer> touched = new TreeSet<>();
    LocalDate d = event;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      touched.add(d.getYear());
      if (calendar.isWorkingDay(d)) {
        left--;
      }
    }
    return dated(d, touched);
  }

  /** The number of working days in (from, to]. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private Dated dated(LocalDate date, SortedSet<Integer> touched) {
    return new Dated(date, note(touched));
  }

  private String note(SortedSet<Integer> years) {
    StringBuilder future = new StringBuilder();
    StringBuilder past = new StringBuilder();
    for (int y : years) {
      if (!calendar.isPublished(y)) {
        StringBuilder sb = y > calendar.lastPublishedYear() ? future : past;
        sb.append(sb.isEmpty() ? "" : "、").append(y).append("年");
      }
    }
    List<String> notes = new ArrayList<>();
    if (!future.isEmpty()) {
      notes.add(future + "节假日安排尚未公布，该日期按周末推算（未计法定节假日），仅供参考，届时以国务院公布的安排为准");
    }
    if (!past.isEmpty()) {
      notes.add(past + "节假日安排未收录在本系统的工作日历中，该日期按周末推算（未计法定节假日），请以国务院当年公布的安排核对");
    }
    return notes.isEmpty() ? null : String.join("；", notes);
  }
}
