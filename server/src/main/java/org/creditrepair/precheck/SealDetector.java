package org.creditrepair.precheck;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * 印章检测：finds red seals on a page image by colour — red pixels by HSV thresholds on a 2 px/mm grid,
 * connected clusters of them, kept when they are seal-sized (12–80 mm), roughly round or square and
 * dense enough; a red title line is too flat to count.
 */
public final class SealDetector {
  /** Work resolution: 50 dpi ≈ 2 pixels per millimetre. */
  private static final int WORK_DPI = 50;

  private static final double MM = WORK_DPI / 25.4;

  /** One seal, in pixels of the image that was passed in. */
  public record Seal(int x, int y, int width, int height, int redPixels) {}

  /** The seals found, with their bounding boxes. */
  public record Result(int count, List<Seal> seals) {
    public Result {
      seals = List.copyOf(seals);
    }
  }

  /** Seals on {@code image} rendered or scanned at {@code dpi}. */
  public Result detect(BufferedImage image, int dpi) {
    double f = (double) WORK_DPI / Math.max(1, dpi);
    BufferedImage small = f < 0.95 ? ImageOps.scale(image, f) : image;
    double back = (double) image.getWidth() / small.getWidth();
    int w = small.getWidth();
    int h = small.getHeight();
    boolean[] red = new boolean[w * h];
    int[] row = new int[w];
    float[] hsv = new float[3];
    for (int y = 0; y < h; y++) {
      small.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int rgb = row[x];
        java.awt.Color.RGBtoHSB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, hsv);
        float hue = hsv[0] * 360;
        red[y * w + x] = (hue <= 20 || hue >= 330) && hsv[1] >= 0.25f && hsv[2] >= 0.35f;
      }
    }
    boolean[] grown = dilate(red, w, h);
    boolean[] seen = new boolean[w * h];
    List<Seal> seals = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < w * h; start++) {
      if (!grown[start] || seen[start]) {
        continue;
      }
      int minX = w;
      int minY = h;
      int maxX = -1;
      int maxY = -1;
      int count = 0;
      queue.add(start);
      seen[start] = true;
      while (!queue.isEmpty()) {
        int i = queue.poll();
        int x = i % w;
        int y = i / w;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        if (red[i]) {
          count++;
        }
        int[] next = {
          x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1
        };
        for (int j : next) {
          if (j >= 0 && grown[j] && !seen[j]) {
            seen[j] = true;
            queue.add(j);
          }
        }
      }
      int bw = maxX - minX + 1;
      int bh = maxY - minY + 1;
      if (isSeal(bw, bh, count)) {
        seals.add(
            new Seal(
                (int) (minX * back),
                (int) (minY * back),
                (int) (bw * back),
                (int) (bh * back),
                count));
      }
    }
    List<Seal> outer = withoutNested(seals);
    return new Result(outer.size(), outer);
  }

  /**
   * A seal's star and inner text can form a cluster of their own inside the ring: count it once.
   */
  private static List<Seal> withoutNested(List<Seal> seals) {
    List<Seal> out = new ArrayList<>();
    for (Seal s : seals) {
      boolean inside = false;
      for (Seal o : seals) {
        if (o != s
            && o.width() * o.height() > s.width() * s.height()
            && s.x() >= o.x()
            && s.y() >= o.y()
            && s.x() + s.width() <= o.x() + o.width()
            && s.y() + s.height() <= o.y() + o.height()) {
          inside = true;
        }
      }
      if (!inside) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean isSeal(int bw, int bh, int redPixels) {
    double wmm = bw / MM;
    double hmm = bh / MM;
    if (wmm < 12 || hmm < 12 || wmm > 80 || hmm > 80) {
      return false;
    }
    double aspect = wmm / hmm;
    if (aspect < 0.5 || aspect > 2.0) {
      return false;
    }
    return redPixels >= 0.06 * bw * bh;
  }

  /** Grows red areas by two cells so a ring and its inner text form one cluster. */
  private static boolean[] dilate(boolean[] in, int w, int h) {
    boolean[] out = new boolean[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!in[y * w + x]) {
          continue;
        }
        for (int dy = -2; dy <= 2; dy++) {
          for (int dx = -2; dx <= 2; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
              out[ny * w + nx] = true;
            }
          }
        }
      }
    }
    return out;
  }
}
