package org.creditrepair.precheck;

/**
 * 字符错误率 (CER)：edit distance between OCR output and the printed text divided by the printed length,
 * both compared without whitespace and with full-width/half-width punctuation unified.
 */
public final class CharacterErrorRate {
  private CharacterErrorRate() {}

  /** CER of {@code recognised} against {@code reference} (0 = identical). */
  public static double of(String reference, String recognised) {
    String a = normalize(reference);
    String b = normalize(recognised);
    if (a.isEmpty()) {
      return b.isEmpty() ? 0 : 1;
    }
    return (double) distance(a, b) / a.length();
  }

  static String normalize(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : Texts.compact(s).toCharArray()) {
      if (c == '\n') {
        continue;
      }
      sb.append(
          switch (c) {
            case '：' -> ':';
            case '，' -> ',';
            case '（' -> '(';
            case '）' -> ')';
            case '；' -> ';';
            case '。' -> '.';
            case '〔', '［', '【', '〈' -> '[';
            case '〕', '］', '】', '〉' -> ']';
            default -> c;
          });
    }
    return sb.toString();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
