package org.creditrepair.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 引用校验：every reference to a document or article in an answer must be one that retrieval or a rule
 * actually produced this turn; any other 《title》 or 第X条 is taken out and reported, so no legal
 * citation reaches the user that the index does not hold.
 */
public final class CitationValidator {
  /** A reference the answer may carry: a document title and optionally an article label. */
  public record Allowed(String docTitle, String article) {}

  /**
   * The checked answer.
   *
   * @param text the answer with unsupported references replaced by a marker
   * @param removed the references that were not supported
   */
  public record Checked(String text, List<String> removed) {
    public Checked {
      removed = List.copyOf(removed);
    }
  }

  static final String MARKER = "〔此处引用未能核对，已删除〕";

  /** 《title》 optionally followed by 第…条, or a bare 第…条. */
  private static final Pattern REFERENCE =
      Pattern.compile("《([^》]{1,80})》(第[一二三四五六七八九十百零〇两0-9]+条)?|(第[一二三四五六七八九十百零〇两0-9]+条)");

  private CitationValidator() {}

  /**
   * Keeps the references of {@code answer} that {@code allowed} supports: a title must match one
   * allowed title; an article must belong to that title (or, bare, to any allowed citation).
   */
  public static Checked check(String answer, Set<Allowed> allowed) {
    Matcher m = REFERENCE.matcher(answer);
    StringBuilder sb = new StringBuilder();
    List<String> removed = new ArrayList<>();
    while (m.find()) {
      String title = m.group(1);
      String article = m.group(2) != null ? m.group(2) : m.group(3);
      boolean ok =
          title != null
              ? allowed.stream()
                  .anyMatch(
                      a ->
                          sameTitle(a.docTitle(), title)
                              && (article == null || article.equals(a.article())))
              : allowed.stream().anyMatch(a -> article.equals(a.article()));
      if (ok) {
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
      } else {
        removed.add(m.group());
        m.appendReplacement(sb, Matcher.quoteReplacement(MARKER));
      }
    }
    m.appendTail(sb);
    return new Checked(sb.toString(), removed);
  }

  private static boolean sameTitle(String allowed, String given) {
    String a = allowed.replace("《", "").replace("》", "").strip();
    String g = given.strip();
    return a.equals(g) || a.endsWith(g) && g.length() >= 6;
  }
}
