package org.creditrepair.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 条文引用识别：finds explicit references in a question — an article ("第十四条", "第14条") and/or a document by
 * title or alias ("45号令", "《企业信息公示暂行条例》") — for the exact retrieval route.
 */
public final class ReferenceParser {
  private static final Pattern ARTICLE = Pattern.compile("第([零〇一二两三四五六七八九十百千0-9]{1,6})条");
  private static final Pattern BOOK_TITLE = Pattern.compile("《([^》]{2,60})》");

  private final List<RegistryEntry> entries;

  public ReferenceParser(DocumentRegistry registry) {
    this(registry, java.util.Map.of());
  }

  /**
   * @param indexedTitles titles of indexed documents by id; those the registry doesn't list can be
   *     referred to by their full title too
   */
  public ReferenceParser(DocumentRegistry registry, java.util.Map<String, String> indexedTitles) {
    List<RegistryEntry> all = new ArrayList<>(registry.entries());
    indexedTitles.forEach(
        (id, title) -> {
          if (registry.byId(id).isEmpty()) {
            all.add(new RegistryEntry(id, title, List.of(), "", "", "", "", null, null, "P"));
          }
        });
    this.entries = List.copyOf(all);
  }

  /**
   * What a question refers to.
   *
   * @param docIds documents named (several when versions share a title); empty when none
   * @param article normalised article label ("第十四条"), or null
   */
  public record Reference(List<String> docIds, String article) {
    public Reference {
      docIds = List.copyOf(docIds);
    }

    public boolean isEmpty() {
      return docIds.isEmpty() && article == null;
    }
  }

  public Reference parse(String question) {
    String article = null;
    Matcher m = ARTICLE.matcher(question);
    if (m.find()) {
      int n = ChineseNumerals.parse(m.group(1));
      if (n > 0 && n < 10_000) {
        article = "第" + ChineseNumerals.toChinese(n) + "条";
      }
    }
    return new Reference(documents(question), article);
  }

  private List<String> documents(String question) {
    String q = TitleKey.of(question);
    List<String> named = new ArrayList<>();
    Matcher book = BOOK_TITLE.matcher(question);
    while (book.find()) {
      String inner = TitleKey.of(book.group(1));
      for (RegistryEntry e : entries) {
        String t = TitleKey.of(e.title());
        if (t.equals(inner) || (inner.length() >= 4 && t.contains(inner))) {
          named.add(e.id());
        }
      }
    }
    if (!named.isEmpty()) {
      return named.stream().distinct().toList();
    }
    int best = 0;
    List<String> ids = new ArrayList<>();
    for (RegistryEntry e : entries) {
      int len = longestNameIn(q, e);
      if (len > best) {
        best = len;
        ids.clear();
        ids.add(e.id());
      } else if (len == best && len > 0) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  private static int longestNameIn(String q, RegistryEntry e) {
    int best = 0;
    String title = TitleKey.of(e.title());
    if (q.contains(title)) {
      best = title.length();
    }
    for (String alias : e.aliases()) {
      String a = TitleKey.of(alias);
      if (a.length() >= 3 && q.contains(a) && a.length() > best) {
        best = a.length();
      }
    }
    return best;
  }
}
