package org.creditrepair.assistant;

import java.time.LocalDate;
import java.util.List;

/**
 * 政策检索端口：the knowledge search the assistant answers policy questions from (in-process or the remote
 * knowledge service); blocking, called off the event loop.
 */
public interface PolicySearch {
  /**
   * A retrieved passage.
   *
   * @param article the article label as written, or null
   * @param official true for an official text, false for our own guide
   */
  record Passage(
      String docId, String title, String article, String text, boolean official, double score) {}

  /**
   * The best passages for {@code query} in force on {@code asOf}; a NOT_READY {@code
   * CreditRepairException} while the index is opening.
   */
  List<Passage> search(String query, String region, LocalDate asOf, int topK);
}
