package org.creditrepair.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.creditrepair.knowledge.Source;

/**
 * 评测问题：one labelled question.
 *
 * @param relevant the (document, article) pairs that answer it
 * @param asOf the date the question is about, or null for the evaluation date
 * @param region region filter, or null
 * @param sources the sources searched: a question set about official articles searches official
 *     texts, one about our guides searches guides (empty: both)
 */
public record Question(
    String id,
    String question,
    List<Label> relevant,
    LocalDate asOf,
    String region,
    Set<Source> sources) {
  public Question {
    relevant = List.copyOf(relevant);
    sources = Set.copyOf(sources);
  }

  /** A relevant chunk: document id and article label (null: any chunk of the document). */
  public record Label(String doc, String article) {
    /** The key hits are compared by. */
    public String key() {
      return doc + "|" + (article == null ? "" : article);
    }
  }
}
