package org.creditrepair.precheck;

/** 文本规整：what both text layers and OCR output go through before classification and extraction. */
public final class Texts {
  private Texts() {}

  /**
   * Full-width digits, letters and colon to half-width, spaces inside lines removed (OCR puts them
   * between Chinese characters), blank lines dropped; line breaks kept.
   */
  public static String compact(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String line : text.split("\\R")) {
      StringBuilder l = new StringBuilder();
      for (char c : line.toCharArray()) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
          c = (char) (c - 0xFEE0);
        } else if (c == '\u3000' || c == '\u00A0') {
          c = ' ';
        }
        if (!Character.isWhitespace(c)) {
          l.append(c);
        }
      }
      if (!l.isEmpty()) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  /** Non-whitespace characters. */
  public static int visibleChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Company names compared without brackets' width or spaces: （） and () are the same. */
  public static String normalizeName(String name) {
    if (name == null) {
      return null;
    }
    return compact(name).strip().replace('(', '（').replace(')', '）');
  }
}
