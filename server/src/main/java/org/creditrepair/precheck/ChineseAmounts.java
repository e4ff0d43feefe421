package org.creditrepair.precheck;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 大写金额：parses amounts written in capital Chinese numerals (壹万贰仟元整, 叁佰元伍角) as on receipts and
 * decisions; also accepts the ordinary numerals (一万二千元) OCR sometimes returns.
 */
public final class ChineseAmounts {
  private static final String CAPITAL = "零壹贰叁肆伍陆柒捌玖";
  private static final String ORDINARY = "〇一二三四五六七八九";

  private ChineseAmounts() {}

  /** Characters that may appear in the integer part. */
  public static final String INTEGER_CHARS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千两";

  /**
   * The value of {@code yuan} (the part before 元/圆) plus optional 角 and 分 digits, or empty when it
   * is not a well-formed numeral.
   */
  public static Optional<BigDecimal> parse(String yuan, String jiao, String fen) {
    long integer = parseInteger(yuan);
    if (integer < 0) {
      return Optional.empty();
    }
    int j = jiao == null || jiao.isEmpty() ? 0 : digit(jiao.charAt(0));
    int f = fen == null || fen.isEmpty() ? 0 : digit(fen.charAt(0));
    if (j < 0 || f < 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(integer * 100 + j * 10L + f, 2));
  }

  /** 壹万贰仟 → 12000, 壹拾 → 10, 拾伍 → 15; -1 when malformed. */
  static long parseInteger(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    long total = 0; // completed 亿 sections
    long section = 0; // below 亿, completed 万 part included
    long small = 0; // below 万
    long digit = -1;
    for (char c : s.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit =
          switch (c) {
            case '拾', '十' -> 10;
            case '佰', '百' -> 100;
            case '仟', '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      if (unit < 10_000) {
        small += (digit < 0 ? 1 : digit) * unit;
      } else if (unit == 10_000) {
        section += (small + Math.max(digit, 0)) * 10_000;
        small = 0;
      } else {
        total += (section + small + Math.max(digit, 0)) * 100_000_000;
        section = 0;
        small = 0;
      }
      digit = -1;
    }
    return total + section + small + Math.max(digit, 0);
  }

  private static int digit(char c) {
    int i = CAPITAL.indexOf(c);
    if (i >= 0) {
      return i;
    }
    i = ORDINARY.indexOf(c);
    if (i >= 0) {
      return i;
    }
    return c == '两' ? 2 : (c == '零' ? 0 : -1);
  }

  /** 12000.00 → 壹万贰仟元整 (for documents the tests and the evaluation generate). */
  public static String toCapital(BigDecimal amount) {
    long cents = amount.movePointRight(2).longValueExact();
    long yuan = cents / 100;
    int jiao = (int) (cents / 10 % 10);
    int fen = (int) (cents % 10);
    StringBuilder sb = new StringBuilder();
    if (yuan == 0) {
      sb.append('零');
    } else {
      long yi = yuan / 100_000_000;
      long wan = yuan / 10_000 % 10_000;
      long rest = yuan % 10_000;
      boolean started = false;
      boolean pendingZero = false;
      if (yi > 0) {
        sb.append(fourDigits(yi, false)).append('亿');
        started = true;
      }
      if (wan > 0) {
        sb.append(fourDigits(wan, started && wan < 1000)).append('万');
        started = true;
      } else if (started) {
        pendingZero = true;
      }
      if (rest > 0) {
        if (pendingZero || (started && rest < 1000)) {
          sb.append('零');
        }
        sb.append(fourDigits(rest, false));
      }
    }
    sb.append('元');
    if (jiao == 0 && fen == 0) {
      sb.append('整');
    } else {
      if (jiao > 0) {
        sb.append(CAPITAL.charAt(jiao)).append('角');
      } else if (yuan > 0) {
        sb.append('零');
      }
      if (fen > 0) {
        sb.append(CAPITAL.charAt(fen)).append('分');
      }
    }
    return sb.toString();
  }

  private static String fourDigits(long n, boolean leadingZero) {
    String units = "仟佰拾";
    StringBuilder sb = new StringBuilder();
    if (leadingZero) {
      sb.append('零');
    }
    int[] d = {(int) (n / 1000), (int) (n / 100 % 10), (int) (n / 10 % 10), (int) (n % 10)};
    boolean zero = false;
    boolean any = false;
    for (int i = 0; i < 4; i++) {
      if (d[i] == 0) {
        zero = any;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      sb.append(CAPITAL.charAt(d[i]));
      if (i < 3) {
        sb.append(units.charAt(i));
      }
      any = true;
    }
    return sb.toString();
  }
}
