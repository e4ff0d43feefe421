package org.creditrepair.knowledge.ingest;

import org.creditrepair.knowledge.DocumentMeta;

/**
 * 解析后的文件：one document's metadata and normalised body, ready to be chunked.
 *
 * @param layout how the body is organised, which decides how it is chunked
 */
public record ParsedDocument(DocumentMeta meta, String body, Layout layout) {

  /** 文本结构. */
  public enum Layout {
    /** Official text: articles (第X条), else policy items (（一）), else prose paragraphs. */
    OFFICIAL,
    /** Our guide or FAQ: one chunk per {@code ## } section. */
    GUIDE_SECTIONS
  }
}
