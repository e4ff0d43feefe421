package org.creditrepair.knowledge;

/**
 * 条文块：one retrievable unit — an article (第X条), a policy item (（一）), a guide section, or a paragraph
 * window of prose; long articles are split into parts that keep the article label.
 *
 * @param chunkId unique id: {@code docId#label} or {@code docId#label#pN}
 * @param article the label as written, or null for unlabelled prose
 * @param path chapter/section path, "" when none
 * @param part 1-based part number within the article (1 when not split)
 */
public record Chunk(
    String chunkId, DocumentMeta doc, String article, String path, String text, int part) {}
