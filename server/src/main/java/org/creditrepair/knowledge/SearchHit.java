package org.creditrepair.knowledge;

import java.time.LocalDate;

/**
 * 检索命中：one article-level chunk with the metadata a citation needs.
 *
 * @param chunkId stable id of the chunk ({@code docId#label[#pN]})
 * @param docId stable document id (see knowledge-base/documents.yaml)
 * @param article article label as written ("第十三条", "（二）", a guide section), or null
 * @param effectiveTo last day in force, or null when in force
 * @param path chapter/section path ("第四章 异议和投诉"), or "" when none
 * @param exact true when the hit came from the exact article/document reference route
 */
public record SearchHit(
    String chunkId,
    String docId,
    String title,
    String article,
    String text,
    double score,
    Source source,
    String issuer,
    String documentNumber,
    String region,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String path,
    boolean exact) {}
