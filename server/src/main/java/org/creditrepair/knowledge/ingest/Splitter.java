package org.creditrepair.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/** 长文本切分：splits long text at sentence ends into parts of bounded length. */
final class Splitter {
  private Splitter() {}

  /** Parts of at most {@code max} characters, cut after 。！？； where possible. */
  static List<String> sentences(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = -1;
      for (int i = Math.min(max, rest.length() - 1); i > max / 3; i--) {
        char c = rest.charAt(i - 1);
        if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
          cut = i;
          break;
        }
      }
      if (cut < 0) {
        cut = max;
      }
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }
}
