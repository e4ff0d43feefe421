package org.creditrepair.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;
import org.creditrepair.diagnosis.TestCalendars;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 期间计算（民法典第二百零一条至第二百零三条）：examples and properties over many dates. */
class LegalPeriodsTest {
  private final LegalPeriods periods = TestCalendars.periods();
  private final WorkingDayCalendar calendar = periods.calendar();

  @Test
  @DisplayName("按月计算：到期月的对应日；没有对应日的，为该月最后一日")
  void months_end_on_the_corresponding_day_or_month_end() {
    assertEquals(LocalDate.of(2026, 2, 28), end("2026-01-31", 1, ChronoUnit.MONTHS));
    assertEquals(LocalDate.of(2026, 9, 30), end("2026-03-31", 6, ChronoUnit.MONTHS));
    assertEquals(LocalDate.of(2024, 2, 29), end("2023-11-30", 3, ChronoUnit.MONTHS));
    assertEquals(LocalDate.of(2026, 12, 8), end("2026-09-08", 3, ChronoUnit.MONTHS));
  }

  @Test
  @DisplayName("闰年：2月29日起1年止于次年2月28日；2月28日起1年止于闰年2月28日")
  void leap_years() {
    assertEquals(LocalDate.of(2025, 2, 28), end("2024-02-29", 1, ChronoUnit.YEARS));
    assertEquals(LocalDate.of(2025, 2, 28), end("2024-02-29", 12, ChronoUnit.MONTHS));
    assertEquals(LocalDate.of(2024, 2, 28), end("2023-02-28", 1, ChronoUnit.YEARS));
    assertEquals(LocalDate.of(2028, 2, 29), end("2024-02-29", 4, ChronoUnit.YEARS));
  }

  @Test
  @DisplayName("期间最后一日是法定休假日的，以休假日结束的次日为最后一日（国庆、春节、调休上班日）")
  void last_day_moves_off_holidays() {
    assertEquals(LocalDate.of(2026, 10, 8), moved("2026-10-01"));
    assertEquals(LocalDate.of(2026, 2, 24), moved("2026-02-15"));
    // 2026-10-10 is a Saturday worked instead of a holiday: not moved
    assertEquals(LocalDate.of(2026, 10, 10), moved("2026-10-10"));
    // an ordinary weekend
    assertEquals(LocalDate.of(2026, 11, 30), moved("2026-11-28"));
  }

  @Test
  @DisplayName("工作日期限只计工作日：春节前受理的5个工作日跨过整个假期")
  void working_days_skip_holidays() {
    // Friday 2026-02-13 + 5 working days: 2/14 (调休上班) counts, 2/15–2/23 rest, then 2/24 …
    assertEquals(
        LocalDate.of(2026, 2, 27), periods.addWorkingDays(LocalDate.of(2026, 2, 13), 5).date());
    assertEquals(
        LocalDate.of(2026, 10, 9), periods.nextWorkingDayAfter(LocalDate.of(2026, 10, 8)).date());
    assertEquals(
        LocalDate.of(2026, 10, 8), periods.nextWorkingDayAfter(LocalDate.of(2026, 9, 30)).date());
    assertEquals(
        LocalDate.of(2026, 3, 2), periods.addWorkingDays(LocalDate.of(2026, 3, 2), 0).date());
  }

  @Test
  @DisplayName("已公布年份的日期不带提示；未公布年份（2027年起）按周末推算并注明")
  void provisional_only_for_unpublished_years() {
    assertNull(periods.nextWorkingDayAfter(LocalDate.of(2026, 6, 1)).note());
    LegalPeriods.Dated d = periods.nextWorkingDayAfter(LocalDate.of(2027, 1, 29));
    assertEquals(LocalDate.of(2027, 2, 1), d.date());
    assertNotNull(d.note());
    assertTrue(d.note().contains("2027年节假日安排尚未公布"), d.note());
    LegalPeriods.Dated across = periods.addWorkingDays(LocalDate.of(2026, 12, 30), 3);
    assertTrue(across.note().contains("2027年"));
    assertFalse(across.note().contains("2026年"));
  }

  @Test
  @DisplayName("早于本系统工作日历的年份（2018年）：注明未收录，而不是“尚未公布”")
  void years_before_the_bundled_calendar_are_noted_as_not_included() {
    LegalPeriods.Dated d = periods.nextWorkingDayAfter(LocalDate.of(2018, 6, 1));
    assertEquals(LocalDate.of(2018, 6, 4), d.date());
    assertNotNull(d.note());
    assertTrue(d.note().contains("2018年节假日安排未收录"), d.note());
    assertFalse(d.note().contains("尚未公布"), d.note());
  }

  @Test
  @DisplayName("性质：按月期间的终日总是对应日或月末，且不早于起算事件")
  void month_periods_property() {
    Random random = new Random(20261124L);
    for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
      int n = 1 + random.nextInt(36);
      LocalDate end = end(d.toString(), n, ChronoUnit.MONTHS);
      assertTrue(end.isAfter(d));
      LocalDate target = d.withDayOfMonth(1).plusMonths(n);
      assertEquals(target.getMonth(), end.getMonth(), d + "+" + n);
      LocalDate monthEnd = target.with(TemporalAdjusters.lastDayOfMonth());
      assertEquals(
          Math.min(d.getDayOfMonth(), monthEnd.getDayOfMonth()), end.getDayOfMonth(), d + "+" + n);
    }
  }

  @Test
  @DisplayName("性质：顺延后的日期是工作日、不早于原日期，且中间没有被跳过的工作日")
  void moved_dates_property() {
    for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() <= 2028; d = d.plusDays(1)) {
      LocalDate m = periods.lastDayMovedOffHoliday(d).date();
      assertTrue(calendar.isWorkingDay(m), d.toString());
      assertFalse(m.isBefore(d));
      for (LocalDate x = d; x.isBefore(m); x = x.plusDays(1)) {
        assertFalse(calendar.isWorkingDay(x), x + " skipped");
      }
      LocalDate next = periods.nextWorkingDayAfter(d).date();
      assertTrue(next.isAfter(d) && calendar.isWorkingDay(next));
      assertEquals(1, periods.workingDaysBetween(d, next), d.toString());
    }
  }

  @Test
  @DisplayName("性质：加n个工作日恰好经过n个工作日，结果是工作日")
  void add_working_days_property() {
    Random random = new Random(7L);
    for (int i = 0; i < 2_000; i++) {
      LocalDate d = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 9));
      int n = 1 + random.nextInt(30);
      LocalDate r = periods.addWorkingDays(d, n).date();
      assertTrue(calendar.isWorkingDay(r));
      assertEquals(n, periods.workingDaysBetween(d, r), d + "+" + n);
    }
  }

  private LocalDate end(String event, long n, ChronoUnit unit) {
    return periods.periodEnd(LocalDate.parse(event), n, unit);
  }

  private LocalDate moved(String day) {
    return periods.lastDayMovedOffHoliday(LocalDate.parse(day)).date();
  }
}
