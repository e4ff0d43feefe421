package org.creditrepair.kb.rules;

/**
 * 依据：the document (registry id) and article a rule rests on.
 *
 * @param article the article label as written ("第十四条", "（十三）"), or null when the full text is not
 *     in the corpus
 */
public record Citation(String doc, String article) {
  public Citation {
    if (doc == null || doc.isBlank()) {
      throw new IllegalArgumentException("citation without doc");
    }
    if (article != null && article.isBlank()) {
      article = null;
    }
  }
}
