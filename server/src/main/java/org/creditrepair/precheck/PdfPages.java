package org.creditrepair.precheck;

import java.awt.image.BufferedImage;

/**
 * PDF 页面：an opened PDF, page by page (text layer and rendering); implemented with PDFBox in {@code
 * precheck.pdf}. Opening refuses encrypted, malformed and oversized files with coded errors.
 */
public interface PdfPages extends AutoCloseable {
  int pageCount();

  /** The text layer of page {@code index} (0-based), "" when it has none. */
  String text(int index);

  /**
   * Page {@code index} rendered in colour at {@code dpi}, or at the lower {@link #renderedDpi} that
   * keeps the image within the pixel limit.
   */
  BufferedImage render(int index, float dpi);

  /** The dpi {@link #render} uses for {@code dpi} on page {@code index} after the pixel cap. */
  float renderedDpi(int index, float dpi);

  @Override
  void close();

  /** Opens PDFs. */
  @FunctionalInterface
  interface Opener {
    /** Opens and validates {@code bytes}; throws a coded {@code CreditRepairException}. */
    PdfPages open(Upload upload, IntakeLimits limits);
  }
}
