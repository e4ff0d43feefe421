package org.creditrepair.assistant;

import java.util.Objects;

/**
 * 引用：a document and article an answer rests on, produced this turn by a rule (RULE) or by retrieval
 * (RETRIEVAL).
 *
 * @param article article label as written ("第十三条"), or null for the document as a whole
 * @param verified true when the rule's source was checked against the official text, or the passage
 *     is an official text
 * @param ruleId the rule it comes from (RULE only), else null
 */
public record ChatCitation(
    String docId, String docTitle, String article, boolean verified, Origin origin, String ruleId) {
  /** Where a citation came from. */
  public enum Origin {
    /** 规则引擎. */
    RULE,
    /** 检索到的条文或指南. */
    RETRIEVAL
  }

  public ChatCitation {
    Objects.requireNonNull(docTitle, "docTitle");
    Objects.requireNonNull(origin, "origin");
  }

  /** The reference as the validator checks it. */
  public CitationValidator.Allowed allowed() {
    return new CitationValidator.Allowed(docTitle, article);
  }

  /** 《title》第X条, as written in an answer. */
  public String label() {
    String t = docTitle.startsWith("《") ? docTitle : "《" + docTitle + "》";
    return article == null || article.isBlank() ? t : t + article;
  }

  /** Same document and article (the origin and rule id aside). */
  public boolean sameReference(ChatCitation o) {
    return Objects.equals(docId, o.docId)
        && docTitle.equals(o.docTitle)
        && Objects.equals(article, o.article);
  }
}
