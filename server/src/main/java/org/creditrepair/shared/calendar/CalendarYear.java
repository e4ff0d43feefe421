package org.creditrepair.shared.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 年度节假日安排：one year of the State Council's holiday notice — statutory holidays with the rest days
 * joined to them, and the weekend days worked instead — with the notice it comes from.
 *
 * @param holidays rest day → holiday name (法定节假日及调休放假日)
 * @param workdays weekend day worked → name (调休上班日)
 * @param file where the year was read from, for error messages
 */
public record CalendarYear(
    int year,
    String sourceTitle,
    List<String> sourceUrls,
    Map<LocalDate, String> holidays,
    Map<LocalDate, String> workdays,
    String file) {
  public CalendarYear {
    sourceUrls = List.copyOf(sourceUrls);
    holidays = Map.copyOf(holidays);
    workdays = Map.copyOf(workdays);
    for (LocalDate d : holidays.keySet()) {
      if (d.getYear() != year && d.getYear() != year + 1 && d.getYear() != year - 1) {
        throw new IllegalStateException(file + ": " + d + " is far outside " + year);
      }
      if (workdays.containsKey(d)) {
        throw new IllegalStateException(file + ": " + d + " is both a holiday and a workday");
      }
    }
  }
}
