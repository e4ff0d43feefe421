package org.creditrepair.precheck;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.knowledge.ChineseNumerals;

/**
 * 日期识别：finds dates written as 2026年3月5日, 2026-03-05, 2026/3/5, 2026.03.05 or in Chinese numerals
 * (二〇二六年三月五日, 二零二六年十二月三十一日; up to two stray OCR characters between the year digits), with their
 * position in the text.
 */
public final class ChineseDates {
  private static final Pattern ARABIC =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?");
  private static final Pattern CHINESE =
      Pattern.compile(
          "([〇○零OoΟ0一二三四五六七八九](?:[^\\n年月日]{0,2}?[〇○零OoΟ0一二三四五六七八九]){3})年"
              + "([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
  private static final String YEAR_DIGITS = "〇一二三四五六七八九";

  private ChineseDates() {}

  /** A date and where it starts and ends in the text. */
  public record Found(LocalDate date, int start, int end) {}

  /** All dates in {@code text}, in order of position. */
  public static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = ARABIC.matcher(text);
    while (m.find()) {
      add(
          out,
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          m);
    }
    m = CHINESE.matcher(text);
    while (m.find()) {
      int year = chineseYear(m.group(1));
      int month = ChineseNumerals.parse(m.group(2));
      int day = ChineseNumerals.parse(m.group(3));
      if (year > 0) {
        add(out, year, month, day, m);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void add(List<Found> out, int y, int mo, int d, Matcher m) {
    try {
      out.add(new Found(LocalDate.of(y, mo, d), m.start(), m.end()));
    } catch (DateTimeException e) {
      // 2026年13月40日 is not a date
    }
  }

  private static int chineseYear(String s) {
    int year = 0;
    for (char c : s.toCharArray()) {
      int d = "○零OoΟ0".indexOf(c) >= 0 ? 0 : YEAR_DIGITS.indexOf(c);
      if (d < 0) {
        continue; // OCR noise between the digits (at most two characters, see the pattern)
      }
      year = year * 10 + d;
    }
    return year;
  }

  /** 2026-03-05 → 二〇二六年三月五日 (for generated documents). */
  public static String toChinese(LocalDate date) {
    StringBuilder sb = new StringBuilder();
    for (char c : String.valueOf(date.getYear()).toCharArray()) {
      sb.append(YEAR_DIGITS.charAt(c - '0'));
    }
    return sb.append('年')
        .append(ChineseNumerals.toChinese(date.getMonthValue()))
        .append('月')
        .append(ChineseNumerals.toChinese(date.getDayOfMonth()))
        .append('日')
        .toString();
  }
}
