package org.creditrepair.assistant.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.creditrepair.assistant.CitationValidator;

/**
 * 分句校验闸：collects a model's streamed fragments into sentences (or comma-separated pieces of long
 * ones), never cutting inside a 《title》第X条 reference, and lets each out only after the citation
 * validator checked it against the references allowed this turn.
 */
final class SentenceGate {
  static final String SENTENCE_ENDS = "。！？；\n!?;";
  static final String PAUSES = "，、：,:";
  static final int SOFT_LIMIT = 80;
  static final int HARD_LIMIT = 200;
  private static final int MAX_TITLE = 82;
  private static final Pattern OPEN_REFERENCE_TAIL =
      Pattern.compile("(《[^》]{0,80}》?)?第?[一二三四五六七八九十百零〇两0-9]*$");

  private final Set<CitationValidator.Allowed> allowed;
  private final StringBuilder buffer = new StringBuilder();
  private final List<String> removed = new ArrayList<>();

  /**
   * @param allowed the references allowed this turn, read at each check (it may grow while tools
   *     run)
   */
  SentenceGate(Set<CitationValidator.Allowed> allowed) {
    this.allowed = allowed;
  }

  /** Adds a fragment and returns the checked pieces that are complete now (maybe none). */
  List<String> offer(String fragment) {
    if (fragment == null || fragment.isEmpty()) {
      return List.of();
    }
    buffer.append(fragment);
    List<String> out = new ArrayList<>();
    int cut;
    while ((cut = nextCut()) > 0) {
      String piece = buffer.substring(0, cut);
      buffer.delete(0, cut);
      out.add(check(piece));
    }
    return out;
  }

  /** The checked rest of the buffer (the end of a model answer), or an empty list. */
  List<String> flush() {
    if (buffer.isEmpty()) {
      return List.of();
    }
    String rest = buffer.toString();
    buffer.setLength(0);
    return List.of(check(rest));
  }

  /** Drops what is buffered and not yet let out (a failed call that will be retried). */
  void discard() {
    buffer.setLength(0);
  }

  /** The references the validator took out so far. */
  List<String> removed() {
    return List.copyOf(removed);
  }

  private String check(String piece) {
    CitationValidator.Checked c = CitationValidator.check(piece, allowed);
    removed.addAll(c.removed());
    return c.text();
  }

  /** Where the buffer may be cut now (exclusive end of the first piece), or -1. */
  private int nextCut() {
    for (int i = 0; i < buffer.length(); i++) {
      if (SENTENCE_ENDS.indexOf(buffer.charAt(i)) >= 0 && !insideTitle(i + 1)) {
        return i + 1;
      }
    }
    if (buffer.length() > SOFT_LIMIT) {
      for (int i = buffer.length() - 1; i >= SOFT_LIMIT / 2; i--) {
        if (PAUSES.indexOf(buffer.charAt(i)) >= 0 && !insideTitle(i + 1)) {
          return i + 1;
        }
      }
    }
    if (buffer.length() > HARD_LIMIT) {
      int cut = buffer.length() - tailReferenceLength();
      return cut > 0 ? cut : buffer.length();
    }
    return -1;
  }

  /** True when {@code cut} falls between a 《 and its 》 (a title is at most 80 characters). */
  private boolean insideTitle(int cut) {
    int open = buffer.lastIndexOf("《", cut - 1);
    if (open < 0 || cut - open > MAX_TITLE) {
      return false;
    }
    int close = buffer.indexOf("》", open);
    return close < 0 || close >= cut;
  }

  /** The length of a reference the buffer may end in the middle of (《title》第十… so far). */
  private int tailReferenceLength() {
    var m = OPEN_REFERENCE_TAIL.matcher(buffer);
    return m.find() ? m.end() - m.start() : 0;
  }
}
