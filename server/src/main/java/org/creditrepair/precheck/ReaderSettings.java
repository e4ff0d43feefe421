package org.creditrepair.precheck;

/**
 * 读取参数：how pages are read. A PDF page with fewer than {@code minTextChars} characters in its text
 * layer is treated as a scan, rendered at {@code ocrDpi} and OCR'd; text pages are rendered at
 * {@code sealDpi} only to look for seals. Pages whose OCR confidence is below {@code
 * rotationConfidence} are tried again in the orientation tesseract's OSD proposes.
 */
public record ReaderSettings(
    int ocrDpi,
    int sealDpi,
    int minTextChars,
    double rotationConfidence,
    double blurThreshold,
    double unreadableConfidence,
    int lowResolutionDpi) {
  /** 300 dpi OCR, 50 dpi seal search, 20 characters, OSD below 70, blur below 500. */
  public static final ReaderSettings DEFAULT = new ReaderSettings(300, 50, 20, 70, 500, 50, 150);

  public ReaderSettings withOcrDpi(int dpi) {
    return new ReaderSettings(
        dpi,
        sealDpi,
        minTextChars,
        rotationConfidence,
        blurThreshold,
        unreadableConfidence,
        lowResolutionDpi);
  }
}
