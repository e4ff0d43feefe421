package org.creditrepair.precheck;

import java.util.Optional;

/** 文件类型识别：decides the type of an upload from its magic bytes, never from its name. */
public final class FileSniffer {
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  /** Some producers put a few bytes (BOM, whitespace) before %PDF-; readers accept up to 1 KB. */
  private static final int PDF_HEADER_WINDOW = 1024;

  private FileSniffer() {}

  /** The kind of file these bytes are, or empty when it is none of PDF, JPEG, PNG. */
  public static Optional<FileKind> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, PNG)) {
      return Optional.of(FileKind.PNG);
    }
    if (startsWith(bytes, 0, JPEG)) {
      return Optional.of(FileKind.JPEG);
    }
    int window = Math.min(bytes.length - PDF.length, PDF_HEADER_WINDOW);
    for (int i = 0; i <= window; i++) {
      if (startsWith(bytes, i, PDF)) {
        return Optional.of(FileKind.PDF);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
    if (bytes.length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
