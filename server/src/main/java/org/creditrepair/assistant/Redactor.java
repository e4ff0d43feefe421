package org.creditrepair.assistant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 个人信息脱敏：replaces 居民身份证号码 (18 digits with the GB 11643 check), mobile numbers and e-mail addresses
 * in a text before it goes to an external model or a log; the 统一社会信用代码 of an enterprise is not
 * personal data and is kept.
 */
public final class Redactor {
  private static final Pattern ID_CARD =
      Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

  /** 11 digits from 13x–19x, also written in groups (139 1234 5678, 139-1234-5678). */
  private static final Pattern MOBILE =
      Pattern.compile("(?<![\\d-])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![\\d-])");

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private Redactor() {}

  /** The text with identity card numbers, mobile numbers and e-mail addresses masked. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = ID_CARD.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      boolean person = isIdCard(m.group()) && !Uscc.isValid(m.group());
      m.appendReplacement(sb, person ? "［身份证号已隐去］" : m.group());
    }
    m.appendTail(sb);
    String out = MOBILE.matcher(sb.toString()).replaceAll("［手机号已隐去］");
    return EMAIL.matcher(out).replaceAll("［邮箱已隐去］");
  }

  /** True for an 18-character 居民身份证号码 whose check character is right (GB 11643-1999). */
  static boolean isIdCard(String s) {
    if (s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return Character.toUpperCase(s.charAt(17)) == CHECK.charAt(sum % 11);
  }
}
