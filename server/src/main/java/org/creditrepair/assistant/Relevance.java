package org.creditrepair.assistant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creditrepair.knowledge.DomainTerms;

/**
 * 相关性判断：whether retrieved passages actually answer a question — ranking always returns something,
 * so a passage counts only when it shares the question's domain terms (领域词典) or most of its content
 * words; with none, the assistant says it does not know.
 */
final class Relevance {
  /** Two-character words too common to show that a passage is about the question. */
  private static final Set<String> STOP =
      Set.of(
          "怎么", "什么", "可以", "我们", "公司", "企业", "请问", "一下", "如何", "哪些", "需要", "是否", "多久", "时候", "现在",
          "已经", "这个", "那个", "还是", "能不", "不能", "吗？", "我的", "你们", "有没", "没有", "就是", "为什", "么办", "么时",
          "么样", "怎样", "要求", "情况", "问题", "知道", "告诉", "帮我", "一个", "多少", "能否", "的话");

  private final DomainTerms terms;

  Relevance(DomainTerms terms) {
    this.terms = terms;
  }

  /** The passages of {@code hits} relevant to {@code question}, best first. */
  List<PolicySearch.Passage> relevant(String question, List<PolicySearch.Passage> hits) {
    Set<String> qTerms = canonical(question);
    Set<String> qWords = words(question);
    return hits.stream()
        .filter(
            h -> {
              String text =
                  h.title() + " " + (h.article() == null ? "" : h.article()) + " " + h.text();
              Set<String> hTerms = canonical(text);
              hTerms.retainAll(qTerms);
              if (!hTerms.isEmpty()) {
                return true;
              }
              if (qWords.size() < 2) {
                return false;
              }
              long shared = qWords.stream().filter(text::contains).count();
              return shared * 2 >= qWords.size();
            })
        .toList();
  }

  private Set<String> canonical(String text) {
    Set<String> out = new HashSet<>();
    terms.find(text).forEach(m -> out.add(m.canonical()));
    return out;
  }

  /** Chinese two-character windows without stop words, punctuation or digits. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    String t = text.replaceAll("[^\\p{IsHan}]", " ");
    for (int i = 0; i + 2 <= t.length(); i++) {
      String w = t.substring(i, i + 2);
      if (!w.contains(" ") && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
