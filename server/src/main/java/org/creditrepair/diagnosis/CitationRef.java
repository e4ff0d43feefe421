package org.creditrepair.diagnosis;

/**
 * 引用：a document and article a finding rests on.
 *
 * @param article null when the full text is not in the corpus
 * @param verified true only when the article was read in the official text
 */
public record CitationRef(String docId, String docTitle, String article, boolean verified) {}
