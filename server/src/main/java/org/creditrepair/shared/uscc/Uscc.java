package org.creditrepair.shared.uscc;

import java.util.Optional;

/**
 * 统一社会信用代码：the 18-character code of GB 32100-2015 — registration authority, organisation category,
 * administrative division, organisation code and a check character.
 */
public final class Uscc {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final String AUTHORITIES = "123456789ANY";

  private Uscc() {}

  /** Why a code is invalid, with a Chinese message. */
  public enum Problem {
    EMPTY("统一社会信用代码为空"),
    WRONG_LENGTH("统一社会信用代码应为18位"),
    ILLEGAL_CHARACTER("统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母"),
    UNKNOWN_AUTHORITY("统一社会信用代码第1位（登记管理部门代码）无效"),
    CHECK_CHARACTER("统一社会信用代码校验位不正确，请核对是否抄错");

    private final String message;

    Problem(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  /** Trims, upper-cases and turns full-width characters into half-width ones. */
  public static String normalize(String code) {
    if (code == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (char c : code.strip().toCharArray()) {
      if (c >= '！' && c <= '～') {
        c = (char) (c - 0xFEE0);
      }
      if (!Character.isWhitespace(c) && c != '\u3000') {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** The first problem of a (normalised) code, or empty when it is valid. */
  public static Optional<Problem> check(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.of(Problem.EMPTY);
    }
    if (code.length() != 18) {
      return Optional.of(Problem.WRONG_LENGTH);
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(Problem.ILLEGAL_CHARACTER);
      }
    }
    if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
      return Optional.of(Problem.UNKNOWN_AUTHORITY);
    }
    if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
      return Optional.of(Problem.CHECK_CHARACTER);
    }
    return Optional.empty();
  }

  public static boolean isValid(String code) {
    return check(code).isEmpty();
  }

  /** The check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = CHARSET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("illegal character " + first17.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return CHARSET.charAt(c == 31 ? 0 : c);
  }

  /** {@code first17} with its check character appended. */
  public static String withCheckCharacter(String first17) {
    return first17 + checkCharacter(first17);
  }
}
