package org.creditrepair.plan;

import java.util.List;

/**
 * 填好的文书：a template filled with the enterprise's data, as Markdown (and PDF bytes when asked).
 *
 * @param pdf the PDF, or null when not asked for
 * @param blanks placeholders left blank for the applicant to fill in by hand
 */
public record RenderedDocument(
    String templateId, String title, String markdown, byte[] pdf, List<String> blanks) {
  public RenderedDocument {
    blanks = List.copyOf(blanks);
  }
}
