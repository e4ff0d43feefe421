package org.creditrepair.knowledge;

/** 中文数字：converts between Arabic numbers and the Chinese numerals used in article labels. */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** 14 → 十四, 20 → 二十, 105 → 一百零五, as written in article labels (1–9999). */
  public static String toChinese(int n) {
    if (n <= 0 || n >= 10_000) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    StringBuilder sb = new StringBuilder();
    int[] units = {1000, 100, 10, 1};
    String names = "千百十";
    boolean zero = false;
    for (int i = 0; i < units.length; i++) {
      int d = (n / units[i]) % 10;
      if (d == 0) {
        zero = sb.length() > 0;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      sb.append(DIGITS.charAt(d));
      if (i < 3) {
        sb.append(names.charAt(i));
      }
    }
    return sb.toString();
  }

  /** 十四 → 14, 一百零五 → 105, 二〇 (digit style) → 20; returns -1 when not a numeral. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.chars().allMatch(Character::isDigit)) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    int total = 0;
    int current = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int digit = digit(c);
      if (digit >= 0) {
        current = current * 10 + digit;
        if (i + 1 < s.length() && digit(s.charAt(i + 1)) < 0) {
          // digit followed by a unit: handled by the unit branch below
          current = digit;
        }
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      total += (current == 0 ? 1 : current) * unit;
      current = 0;
    }
    return total + current;
  }

  private static int digit(char c) {
    if (c == '〇' || c == '零') {
      return 0;
    }
    return DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : (c == '两' ? 2 : -1);
  }
}
