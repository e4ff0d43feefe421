package org.creditrepair.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/** 日期格式：strict ISO dates (exactly YYYY-MM-DD, a real calendar day) as every API takes them. */
public final class IsoDates {
  /** Exactly YYYY-MM-DD, a real calendar date (no sign, no 5-digit years, no 2023-02-29). */
  public static final DateTimeFormatter ISO_DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** The time zone "today" means for the product's users: Beijing time. */
  public static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

  private IsoDates() {}

  /** Today in Beijing (a server clock in UTC would be a day behind until 08:00). */
  public static LocalDate today(java.time.Clock clock) {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  /**
   * The date {@code text} names; throws INVALID_DATE naming {@code field} when it is not a strict
   * ISO date.
   */
  public static LocalDate parse(String text, String field) {
    try {
      return LocalDate.parse(text.strip(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new CreditRepairException(
          ErrorCode.INVALID_DATE,
          field + " 必须是 YYYY-MM-DD 格式的有效日期",
          Map.of("field", field, "value", abbreviate(text)));
    }
  }

  /** Null for an empty text, else {@link #parse}. */
  public static LocalDate parseOptional(String text, String field) {
    return text == null || text.isBlank() ? null : parse(text, field);
  }

  /** At most 100 characters of {@code s}, for error details. */
  public static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }
}
