package org.creditrepair.precheck.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creditrepair.precheck.Intake;
import org.creditrepair.precheck.IntakeLimits;
import org.creditrepair.precheck.PdfPages;
import org.creditrepair.precheck.Upload;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * PDFBox 页面读取：opens an uploaded PDF under a main-memory limit and refuses, with coded client
 * errors, truncated or malformed files, encrypted ones, too many pages, decompression bombs
 * (content or image streams that expand beyond the per-page limit) and images with huge declared
 * dimensions.
 */
public final class PdfBoxPages implements PdfPages {
  /** Acrobat accepts %%EOF anywhere in the last 1024 bytes; missing means truncated. */
  private static final int EOF_WINDOW = 1024;

  private static final int MAX_FORM_DEPTH = 8;

  private final PDDocument doc;
  private final PDFRenderer renderer;
  private final IntakeLimits limits;
  private final String file;

  private PdfBoxPages(PDDocument doc, IntakeLimits limits, String file) {
    this.doc = doc;
    this.renderer = new PDFRenderer(doc);
    this.limits = limits;
    this.file = file;
  }

  /** The {@link PdfPages.Opener} backed by PDFBox. */
  public static PdfPages.Opener opener() {
    return PdfBoxPages::open;
  }

  /** Opens and validates an uploaded PDF. */
  public static PdfPages open(Upload upload, IntakeLimits limits) {
    String file = upload.fileName();
    if (!hasEof(upload.bytes())) {
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 文件不完整（缺少文件结尾标记，可能上传中断或被截断）");
    }
    PDDocument doc;
    try {
      doc =
          Loader.loadPDF(
              new RandomAccessReadBuffer(upload.bytes()),
              "",
              null,
              null,
              MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache);
    } catch (InvalidPasswordException e) {
      throw error(ErrorCode.ENCRYPTED_PDF, file, "PDF 设有打开密码，请上传未加密的文件");
    } catch (IOException | RuntimeException e) {
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 文件损坏，无法解析");
    }
    try {
      PdfBoxPages pages = new PdfBoxPages(doc, limits, file);
      pages.validate();
      return pages;
    } catch (RuntimeException e) {
      closeQuietly(doc);
      if (e instanceof CreditRepairException c) {
        throw c;
      }
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 文件结构损坏，无法解析");
    }
  }

  private void validate() {
    if (doc.isEncrypted()) {
      throw error(ErrorCode.ENCRYPTED_PDF, file, "PDF 已加密（设有权限密码），请上传未加密的文件");
    }
    int count = doc.getNumberOfPages();
    if (count <= 0) {
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 没有页面");
    }
    if (count > limits.maxPages()) {
      throw new CreditRepairException(
          ErrorCode.TOO_MANY_PAGES,
          "文件“" + file + "”有 " + count + " 页，单个 PDF 最多 " + limits.maxPages() + " 页",
          Map.of("file", file, "pages", "" + count, "limit", "" + limits.maxPages()));
    }
    int seen = 0;
    for (PDPage page : doc.getPages()) {
      if (++seen > count) {
        throw error(ErrorCode.MALFORMED_FILE, file, "PDF 页面树与声明的页数不符");
      }
      checkPage(page);
    }
    if (seen != count) {
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 页面树与声明的页数不符");
    }
  }

  private void checkPage(PDPage page) {
    try {
      long decoded = 0;
      Iterator<PDStream> streams = page.getContentStreams();
      while (streams.hasNext()) {
        decoded += boundedLength(streams.next().createInputStream(), decoded);
      }
      checkResources(page.getResources(), 0, new long[] {decoded});
    } catch (IOException e) {
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 页面内容损坏，无法解析");
    }
  }

  private void checkResources(PDResources resources, int depth, long[] decoded) throws IOException {
    if (resources == null) {
      return;
    }
    if (depth > MAX_FORM_DEPTH) {
      throw tooComplex("嵌套层级过深");
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image) {
        Intake.checkPixels(file, image.getWidth(), image.getHeight(), limits);
        try (InputStream in = image.getCOSObject().createInputStream()) {
          decoded[0] += boundedLength(in, decoded[0]);
        }
      } else if (x instanceof PDFormXObject form) {
        try (InputStream in = form.getCOSObject().createInputStream()) {
          decoded[0] += boundedLength(in, decoded[0]);
        }
        checkResources(form.getResources(), depth + 1, decoded);
      }
    }
  }

  /** Reads a decoded stream to its end, failing once the page total passes the limit. */
  private long boundedLength(InputStream in, long already) throws IOException {
    try (in) {
      byte[] buf = new byte[64 * 1024];
      long n = 0;
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (already + n > limits.maxDecodedBytesPerPage()) {
          throw tooComplex("解压后的页面内容超过 " + (limits.maxDecodedBytesPerPage() >> 20) + " MB（疑似压缩炸弹）");
        }
      }
      return n;
    }
  }

  private CreditRepairException tooComplex(String why) {
    return new CreditRepairException(
        ErrorCode.FILE_TOO_COMPLEX, "文件“" + file + "”：" + why, Map.of("file", file));
  }

  @Override
  public int pageCount() {
    return doc.getNumberOfPages();
  }

  @Override
  public String text(int index) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public float renderedDpi(int index, float dpi) {
    PDRectangle box = doc.getPage(index).getCropBox();
    double w = Math.max(1, box.getWidth()) / 72.0;
    double h = Math.max(1, box.getHeight()) / 72.0;
    double maxDpi = Math.sqrt(limits.maxPixels() / (w * h));
    return (float) Math.max(1, Math.min(dpi, maxDpi));
  }

  @Override
  public BufferedImage render(int index, float dpi) {
    try {
      return renderer.renderImageWithDPI(index, renderedDpi(index, dpi), ImageType.RGB);
    } catch (IOException e) {
      throw error(ErrorCode.MALFORMED_FILE, file, "PDF 第 " + (index + 1) + " 页无法渲染");
    }
  }

  @Override
  public void close() {
    closeQuietly(doc);
  }

  private static boolean hasEof(byte[] b) {
    int from = Math.max(0, b.length - EOF_WINDOW);
    for (int i = b.length - 5; i >= from; i--) {
      if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') {
        return true;
      }
    }
    return false;
  }

  private static CreditRepairException error(ErrorCode code, String file, String message) {
    return new CreditRepairException(code, "文件“" + file + "”：" + message, Map.of("file", file));
  }

  private static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException ignored) {
      // nothing to do: the bytes are in memory
    }
  }
}
