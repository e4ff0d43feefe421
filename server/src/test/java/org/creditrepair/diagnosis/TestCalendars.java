package org.creditrepair.diagnosis;

import java.util.List;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.shared.calendar.LegalPeriods;
import org.creditrepair.shared.calendar.WorkingDayCalendar;

/** 测试用工作日历：the bundled official calendar, loaded once. */
public final class TestCalendars {
  private static final WorkingDayCalendar CALENDAR =
      WorkingDayCalendar.load(KnowledgeBundle.fromClasspath(), List.of());

  private TestCalendars() {}

  public static WorkingDayCalendar calendar() {
    return CALENDAR;
  }

  public static LegalPeriods periods() {
    return new LegalPeriods(CALENDAR);
  }

  public static DateRules official() {
    return new CalendarDateRules(periods());
  }
}
