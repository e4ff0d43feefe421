package org.creditrepair.precheck;

import java.util.List;

/**
 * 页面结果：what was read from one page — its text and how (text layer or OCR), OCR confidence,
 * sharpness, rotation applied, whether it is blank, its resolution and the seals found.
 *
 * @param page 1-based page number
 * @param ocrConfidence mean word confidence 0–100 (OCR pages), else null
 * @param sharpness variance of the Laplacian at 100 dpi (image pages), else null
 * @param rotation clockwise degrees applied before OCR (0 when upright)
 * @param dpi resolution the page image was read at (estimated for photos), or 0 for text pages
 */
public record PageResult(
    int page,
    Source source,
    String text,
    Double ocrConfidence,
    Double sharpness,
    int rotation,
    boolean blank,
    int dpi,
    List<SealDetector.Seal> seals) {
  public PageResult {
    seals = List.copyOf(seals);
  }

  /** Where the text came from. */
  public enum Source {
    TEXT_LAYER,
    OCR
  }
}
