package org.creditrepair.precheck;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * 图像预处理：grey conversion (with red seal ink removed before OCR), scaling, rotation by quarter turns,
 * and the measures the pre-check uses — sharpness (variance of the Laplacian at a fixed 100 dpi)
 * and ink coverage (blank pages).
 */
public final class ImageOps {
  /** Sharpness and ink are measured at this resolution, so thresholds do not depend on the scan. */
  public static final int MEASURE_DPI = 100;

  private ImageOps() {}

  /** 8-bit grey copy; with {@code dropRed}, reddish (seal) pixels become white. */
  public static BufferedImage grey(BufferedImage src, boolean dropRed) {
    int w = src.getWidth();
    int h = src.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      src.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int rgb = row[x];
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int v = (r * 299 + g * 587 + b * 114) / 1000;
        if (dropRed && isSealInk(r, g, b)) {
          v = 255;
        }
        px[y * w + x] = (byte) v;
      }
    }
    return out;
  }

  /** Red or pink seal ink, including its anti-aliased edges, but not dark text under it. */
  static boolean isSealInk(int r, int g, int b) {
    int max = Math.max(r, Math.max(g, b));
    int min = Math.min(r, Math.min(g, b));
    if (max != r || max < 115) {
      return false;
    }
    double saturation = (max - min) / (double) max;
    return saturation >= 0.15 && r - g >= 25 && r - b >= 20;
  }

  /**
   * 方向：true when the page's text lines run vertically (the page is turned by 90°): the ink profile
   * across columns varies much more than across rows.
   */
  public static boolean sideways(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    double[] rows = new double[h];
    double[] cols = new double[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if ((px[y * w + x] & 0xFF) < 160) {
          rows[y]++;
          cols[x]++;
        }
      }
    }
    double rv = normalisedVariance(rows);
    double cv = normalisedVariance(cols);
    return cv > 1.6 * rv && cv > 0;
  }

  private static double normalisedVariance(double[] profile) {
    double sum = 0;
    for (double v : profile) {
      sum += v;
    }
    if (sum == 0) {
      return 0;
    }
    double mean = sum / profile.length;
    double var = 0;
    // neighbouring differences: line/gap alternation, not the margins, dominates
    for (int i = 1; i < profile.length; i++) {
      double d = profile[i] - profile[i - 1];
      var += d * d;
    }
    return var / profile.length / (mean * mean);
  }

  /** Scaled copy (bilinear), same type family (grey stays grey, else RGB). */
  public static BufferedImage scale(BufferedImage src, double factor) {
    int w = Math.max(1, (int) Math.round(src.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(src.getHeight() * factor));
    int type =
        src.getType() == BufferedImage.TYPE_BYTE_GRAY
            ? BufferedImage.TYPE_BYTE_GRAY
            : BufferedImage.TYPE_INT_RGB;
    BufferedImage out = new BufferedImage(w, h, type);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION,
        factor < 1
            ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
            : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** Rotated clockwise by {@code degrees} (a multiple of 90). */
  public static BufferedImage rotate(BufferedImage src, int degrees) {
    int d = ((degrees % 360) + 360) % 360;
    if (d == 0) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = d != 180;
    int type =
        src.getType() == BufferedImage.TYPE_BYTE_GRAY
            ? BufferedImage.TYPE_BYTE_GRAY
            : BufferedImage.TYPE_INT_RGB;
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, type);
    Graphics2D g = out.createGraphics();
    g.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
    g.rotate(Math.toRadians(d));
    g.translate(-w / 2.0, -h / 2.0);
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return out;
  }

  /** A grey copy at {@link #MEASURE_DPI} for the measures below. */
  public static BufferedImage forMeasure(BufferedImage src, int dpi) {
    BufferedImage grey = src.getType() == BufferedImage.TYPE_BYTE_GRAY ? src : grey(src, true);
    double f = (double) MEASURE_DPI / Math.max(1, dpi);
    return Math.abs(f - 1) < 0.05 ? grey : scale(grey, f);
  }

  /**
   * 清晰度：variance of the 4-neighbour Laplacian over the pixels next to ink, so white margins do not
   * dilute it; sharp print at 100 dpi is in the thousands, a blurred scan in the low hundreds.
   */
  public static double sharpness(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    double sum = 0;
    double sq = 0;
    long n = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        int c = px[i] & 0xFF;
        int up = px[i - w] & 0xFF;
        int down = px[i + w] & 0xFF;
        int left = px[i - 1] & 0xFF;
        int right = px[i + 1] & 0xFF;
        int min = Math.min(Math.min(c, up), Math.min(Math.min(down, left), right));
        if (min > 200) {
          continue; // paper, not ink
        }
        int lap = up + down + left + right - 4 * c;
        sum += lap;
        sq += (double) lap * lap;
        n++;
      }
    }
    if (n < 50) {
      return 0;
    }
    double mean = sum / n;
    return sq / n - mean * mean;
  }

  /** 墨迹覆盖率：share of dark pixels (below 160); a blank page is near 0. */
  public static double inkRatio(BufferedImage grey) {
    byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    long dark = 0;
    int n = grey.getWidth() * grey.getHeight();
    for (int i = 0; i < n; i++) {
      if ((px[i] & 0xFF) < 160) {
        dark++;
      }
    }
    return n == 0 ? 0 : (double) dark / n;
  }
}
