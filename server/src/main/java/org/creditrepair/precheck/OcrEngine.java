package org.creditrepair.precheck;

import java.awt.image.BufferedImage;

/**
 * 文字识别：OCR of one page image (Simplified Chinese + English); implemented by {@code precheck.ocr}.
 */
public interface OcrEngine {
  /** True when the engine can run (binary and language data present). */
  boolean available();

  /**
   * Recognises the text of {@code image} at {@code dpi}; throws {@code CreditRepairException} with
   * OCR_UNAVAILABLE when the engine cannot run.
   */
  OcrResult recognize(BufferedImage image, int dpi);

  /**
   * The clockwise rotation in degrees (0, 90, 180, 270) that makes the page upright, or 0 when
   * unknown.
   */
  int detectRotation(BufferedImage image, int dpi);

  /** Recognised text with the mean word confidence (0–100). */
  record OcrResult(String text, double confidence, int words) {}
}
