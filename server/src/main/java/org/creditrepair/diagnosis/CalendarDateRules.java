package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.creditrepair.kb.rules.Period;
import org.creditrepair.shared.calendar.LegalPeriods;

/** 日期规则（官方工作日历）：the engine's date arithmetic on the official working-day calendar. */
public final class CalendarDateRules implements DateRules {
  private final LegalPeriods periods;

  public CalendarDateRules(LegalPeriods periods) {
    this.periods = periods;
  }

  @Override
  public Dated periodEnd(LocalDate event, Period period) {
    long amount;
    ChronoUnit unit;
    if (period.years() > 0) {
      amount = period.years();
      unit = ChronoUnit.YEARS;
    } else if (period.months() > 0) {
      amount = period.months();
      unit = ChronoUnit.MONTHS;
    } else {
      amount = period.days();
      unit = ChronoUnit.DAYS;
    }
    LocalDate end = periods.periodEnd(event, amount, unit);
    return new Dated(end, null);
  }

  @Override
  public Dated nextWorkingDayAfter(LocalDate day) {
    return convert(periods.nextWorkingDayAfter(day));
  }

  @Override
  public Dated addWorkingDays(LocalDate event, int n) {
    return convert(periods.addWorkingDays(event, n));
  }

  @Override
  public Dated calendarDaysDeadline(LocalDate event, int days) {
    return convert(periods.periodEndMovedOffHolidays(event, days, ChronoUnit.DAYS));
  }

  private static Dated convert(LegalPeriods.Dated d) {
    return new Dated(d.date(), d.note());
  }
}
