package org.creditrepair.knowledge;

import java.time.LocalDate;

/**
 * 文件元数据：what a citation needs to know about a document.
 *
 * @param docId stable id (registry id, guide id, or derived from the title)
 * @param region "" for national documents, else a region path such as {@code 浙江/台州}
 * @param effectiveFrom first day in force, or null when unknown (treated as always in force)
 * @param effectiveTo last day in force, or null when in force
 * @param origin the file it was read from (for statistics and error messages)
 */
public record DocumentMeta(
    String docId,
    String title,
    String issuer,
    String documentNumber,
    String level,
    String region,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Source source,
    String origin) {

  /** True when the document is in force on {@code date} (unknown bounds count as open). */
  public boolean inForceOn(LocalDate date) {
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
