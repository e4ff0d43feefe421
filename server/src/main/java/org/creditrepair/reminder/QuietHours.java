package org.creditrepair.reminder;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * 免打扰时段：a daily window (e.g. 22:00–08:00 Asia/Shanghai, may wrap past midnight) in which no push is
 * sent; reminders falling into it wait until it ends.
 *
 * @param start first minute of the window
 * @param end first minute after the window
 * @param zone the enterprise's time zone
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    if (start.equals(end)) {
      throw new IllegalArgumentException("免打扰开始与结束时间不能相同");
    }
  }

  /**
   * Parses {@code HH:mm} times and an optional zone id (null or blank: Asia/Shanghai); throws
   * IllegalArgumentException naming the bad part.
   */
  public static QuietHours parse(String start, String end, String zone) {
    try {
      ZoneId z = zone == null || zone.isBlank() ? ReminderPlanner.ZONE : ZoneId.of(zone.strip());
      return new QuietHours(
          LocalTime.parse(start.strip(), HH_MM), LocalTime.parse(end.strip(), HH_MM), z);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("免打扰时间必须是 HH:mm 格式（如 22:00）");
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("未知的时区：" + zone);
    }
  }

  /** True when {@code instant} falls into the window. */
  public boolean contains(Instant instant) {
    LocalTime t = instant.atZone(zone).toLocalTime();
    return wraps() ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
  }

  /** When the window containing {@code instant} ends; {@code instant} itself when outside it. */
  public Instant endOf(Instant instant) {
    if (!contains(instant)) {
      return instant;
    }
    ZonedDateTime z = instant.atZone(zone);
    LocalDate day = z.toLocalDate();
    if (wraps() && !z.toLocalTime().isBefore(start)) {
      day = day.plusDays(1);
    }
    return day.atTime(end).atZone(zone).toInstant();
  }

  private boolean wraps() {
    return end.isBefore(start);
  }

  /** {@code HH:mm} of the start. */
  public String startText() {
    return start.format(HH_MM);
  }

  /** {@code HH:mm} of the end. */
  public String endText() {
    return end.format(HH_MM);
  }
}
