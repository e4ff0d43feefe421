package org.creditrepair.precheck.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.precheck.OcrEngine;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * Tesseract 文字识别：runs the tesseract CLI (Debian tesseract-ocr 5.3 with tesseract-ocr-chi-sim)
 * through {@link ProcessBuilder}, one process per page, the page piped in as PGM on stdin and the
 * TSV result read as UTF-8 from stdout, with {@code OMP_THREAD_LIMIT=1} and a deadline; a missing
 * binary or language is {@link ErrorCode#OCR_UNAVAILABLE}, a server-side condition.
 */
public final class TesseractOcr implements OcrEngine {
  private static final System.Logger LOG = System.getLogger(TesseractOcr.class.getName());
  private static final Pattern ROTATE = Pattern.compile("Rotate:\\s*(\\d+)");
  private static final Pattern ROTATE_CONFIDENCE =
      Pattern.compile("Orientation confidence:\\s*([0-9.]+)");

  private final String binary;
  private final String languages;
  private final Duration timeout;
  private volatile Boolean available;

  /**
   * @param binary the tesseract executable ("tesseract" = from the PATH)
   * @param languages e.g. "chi_sim+eng"
   * @param timeout deadline of one tesseract run
   */
  public TesseractOcr(String binary, String languages, Duration timeout) {
    this.binary = binary;
    this.languages = languages;
    this.timeout = timeout;
  }

  /** tesseract from the PATH, chi_sim+eng, 60 s per page. */
  public static TesseractOcr defaults() {
    return new TesseractOcr("tesseract", "chi_sim+eng", Duration.ofSeconds(60));
  }

  @Override
  public boolean available() {
    Boolean a = available;
    if (a == null) {
      a = probe();
      available = a;
    }
    return a;
  }

  private boolean probe() {
    try {
      String langs = run(List.of(binary, "--list-langs"), null);
      for (String lang : languages.split("\\+")) {
        if (!langs.lines().map(String::strip).toList().contains(lang)) {
          LOG.log(System.Logger.Level.WARNING, "tesseract 缺少语言包 " + lang);
          return false;
        }
      }
      return true;
    } catch (CreditRepairException e) {
      return false;
    }
  }

  @Override
  public OcrResult recognize(BufferedImage image, int dpi) {
    requireAvailable();
    String tsv =
        run(
            List.of(
                binary, "stdin", "stdout", "-l", languages, "--psm", "3", "--dpi", "" + dpi, "tsv"),
            pgm(image));
    return parseTsv(tsv);
  }

  @Override
  public int detectRotation(BufferedImage image, int dpi) {
    requireAvailable();
    String out;
    try {
      out =
          run(
              List.of(binary, "stdin", "stdout", "--psm", "0", "-l", "osd", "--dpi", "" + dpi),
              pgm(image));
    } catch (CreditRepairException e) {
      return 0; // OSD fails on pages with too few characters
    }
    Matcher m = ROTATE.matcher(out);
    Matcher c = ROTATE_CONFIDENCE.matcher(out);
    if (!m.find()) {
      return 0;
    }
    double confidence = c.find() ? Double.parseDouble(c.group(1)) : 0;
    return confidence >= 1.0 ? Integer.parseInt(m.group(1)) % 360 : 0;
  }

  private void requireAvailable() {
    if (!available()) {
      throw new CreditRepairException(
          ErrorCode.OCR_UNAVAILABLE,
          "服务器未安装文字识别组件（tesseract-ocr、tesseract-ocr-chi-sim），暂时无法识别扫描件",
          Map.of("binary", binary, "languages", languages));
    }
  }

  /** Joins TSV words into lines (no space between CJK characters) and averages confidences. */
  static OcrResult parseTsv(String tsv) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    double confSum = 0;
    int confChars = 0;
    int words = 0;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !"5".equals(f[0])) {
        continue;
      }
      String text = f[11].strip();
      double conf;
      try {
        conf = Double.parseDouble(f[10]);
      } catch (NumberFormatException e) {
        continue;
      }
      if (text.isEmpty() || conf < 0) {
        continue;
      }
      lines.computeIfAbsent(f[2] + "/" + f[3] + "/" + f[4], k -> new ArrayList<>()).add(text);
      confSum += conf * text.length();
      confChars += text.length();
      words++;
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> line : lines.values()) {
      StringBuilder l = new StringBuilder();
      for (String w : line) {
        if (!l.isEmpty() && !isCjk(l.charAt(l.length() - 1)) && !isCjk(w.charAt(0))) {
          l.append(' ');
        }
        l.append(w);
      }
      sb.append(l).append('\n');
    }
    return new OcrResult(sb.toString(), confChars == 0 ? 0 : confSum / confChars, words);
  }

  private static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFFEF');
  }

  /** The image as binary PGM (8-bit grey), which leptonica reads from stdin. */
  static byte[] pgm(BufferedImage image) {
    BufferedImage grey = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      grey.getGraphics().drawImage(image, 0, 0, null);
    }
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    byte[] header =
        ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n")
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + pixels.length);
    out.writeBytes(header);
    out.write(pixels, 0, grey.getWidth() * grey.getHeight());
    return out.toByteArray();
  }

  private String run(List<String> command, byte[] stdin) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new CreditRepairException(
          ErrorCode.OCR_UNAVAILABLE,
          "服务器无法启动文字识别程序 tesseract（请安装 tesseract-ocr 和 tesseract-ocr-chi-sim）",
          Map.of("binary", binary),
          e);
    }
    try {
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                  return new byte[0];
                }
              },
              Thread::startVirtualThread);
      if (stdin != null) {
        try (OutputStream in = p.getOutputStream()) {
          in.write(stdin);
        } catch (IOException e) {
          // the process ended early; its exit code says why
        }
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new CreditRepairException(
            ErrorCode.FILE_TOO_COMPLEX, "文字识别超时（" + timeout.toSeconds() + " 秒）", Map.of());
      }
      byte[] bytes = out.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (p.exitValue() != 0) {
        throw new CreditRepairException(
            ErrorCode.OCR_UNAVAILABLE,
            "文字识别程序 tesseract 运行失败（退出码 " + p.exitValue() + "）",
            Map.of("exitCode", "" + p.exitValue()));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new CreditRepairException(ErrorCode.DEADLINE_EXCEEDED, "文字识别被中断", Map.of());
    } catch (ExecutionException | TimeoutException e) {
      p.destroyForcibly();
      throw new CreditRepairException(ErrorCode.OCR_UNAVAILABLE, "无法读取文字识别结果", Map.of(), e);
    }
  }
}
