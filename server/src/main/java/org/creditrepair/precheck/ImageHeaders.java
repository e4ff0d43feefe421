package org.creditrepair.precheck;

import java.util.Optional;

/**
 * 图像尺寸：reads the declared width and height of a PNG (IHDR) or JPEG (SOFn marker) from its header,
 * before anything is decoded, so a decompression bomb is refused without allocating its pixels.
 */
public final class ImageHeaders {
  private ImageHeaders() {}

  /** Declared image dimensions. */
  public record Dimensions(long width, long height) {
    public long pixels() {
      return width * height;
    }
  }

  /** The declared dimensions, or empty when the header is missing or broken. */
  public static Optional<Dimensions> read(FileKind kind, byte[] b) {
    return switch (kind) {
      case PNG -> png(b);
      case JPEG -> jpeg(b);
      case PDF -> Optional.empty();
    };
  }

  private static Optional<Dimensions> png(byte[] b) {
    // signature (8) + chunk length (4) + "IHDR" (4) + width (4) + height (4)
    if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
      return Optional.empty();
    }
    return valid(u32(b, 16), u32(b, 20));
  }

  private static Optional<Dimensions> jpeg(byte[] b) {
    int i = 2;
    while (i + 3 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        return Optional.empty();
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        return Optional.empty(); // end of image or start of scan before any frame header
      }
      int length = u16(b, i + 2);
      if (length < 2) {
        return Optional.empty();
      }
      boolean sof =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof) {
        if (i + 9 > b.length) {
          return Optional.empty();
        }
        return valid(u16(b, i + 7), u16(b, i + 5));
      }
      i += 2 + length;
    }
    return Optional.empty();
  }

  private static Optional<Dimensions> valid(long w, long h) {
    return w > 0 && h > 0 ? Optional.of(new Dimensions(w, h)) : Optional.empty();
  }

  private static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xFF) << 24)
        | ((b[i + 1] & 0xFF) << 16)
        | ((b[i + 2] & 0xFF) << 8)
        | (b[i + 3] & 0xFF);
  }

  private static int u16(byte[] b, int i) {
    if (i + 1 >= b.length) {
      return 0;
    }
    return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
  }
}
