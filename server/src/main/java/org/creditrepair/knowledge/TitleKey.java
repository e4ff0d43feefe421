package org.creditrepair.knowledge;

/** 标题键：a title normalised for matching (no spaces, brackets or book-title marks; full-width). */
final class TitleKey {
  private TitleKey() {}

  static String of(String title) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      switch (c) {
        case '(' -> sb.append('（');
        case ')' -> sb.append('）');
        case '《', '》', ' ', '\u3000', '\t', '“', '”', '"' -> {}
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
