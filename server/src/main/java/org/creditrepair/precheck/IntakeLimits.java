package org.creditrepair.precheck;

import java.time.Duration;

/**
 * 上传限制：limits applied before and while reading uploads. Defaults: 10 MB per file (seed 000: "单文件不超过
 * 10MB"), 20 files and 50 MB per pre-check, 50 pages per PDF, 40 megapixels per image or rendered
 * page, 64 MB of decoded content per PDF page, PDFBox main memory 256 MB per file, 60 s per file.
 */
public record IntakeLimits(
    long maxFileBytes,
    int maxFiles,
    long maxTotalBytes,
    int maxPages,
    long maxPixels,
    long maxDecodedBytesPerPage,
    long maxPdfMemoryBytes,
    Duration perFileTimeout) {
  public static final IntakeLimits DEFAULT =
      new IntakeLimits(
          10L << 20, 20, 50L << 20, 50, 40_000_000L, 64L << 20, 256L << 20, Duration.ofSeconds(60));

  public IntakeLimits {
    if (maxFileBytes <= 0
        || maxFiles <= 0
        || maxTotalBytes <= 0
        || maxPages <= 0
        || maxPixels <= 0
        || maxDecodedBytesPerPage <= 0
        || maxPdfMemoryBytes <= 0
        || perFileTimeout.isNegative()
        || perFileTimeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public IntakeLimits withPerFileTimeout(Duration timeout) {
    return new IntakeLimits(
        maxFileBytes,
        maxFiles,
        maxTotalBytes,
        maxPages,
        maxPixels,
        maxDecodedBytesPerPage,
        maxPdfMemoryBytes,
        timeout);
  }
}
