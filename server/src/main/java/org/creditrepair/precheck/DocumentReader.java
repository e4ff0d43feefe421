package org.creditrepair.precheck;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 材料读取：reads an accepted upload page by page — PDF pages through their text layer, pages without
 * one (scans) and images through OCR after light preprocessing (seal ink removed, small photos
 * enlarged, orientation corrected) — measuring sharpness and looking for seals on every page.
 */
public final class DocumentReader {
  private final PdfPages.Opener pdfs;
  private final OcrEngine ocr;
  private final IntakeLimits limits;
  private final ReaderSettings settings;
  private final SealDetector seals = new SealDetector();
  private final Clock clock;

  public DocumentReader(
      PdfPages.Opener pdfs,
      OcrEngine ocr,
      IntakeLimits limits,
      ReaderSettings settings,
      Clock clock) {
    this.pdfs = pdfs;
    this.ocr = ocr;
    this.limits = limits;
    this.settings = settings;
    this.clock = clock;
  }

  public ReaderSettings settings() {
    return settings;
  }

  /** The pages of {@code upload}; fails with FILE_TOO_COMPLEX once {@code deadline} has passed. */
  public List<PageResult> read(Upload upload, FileKind kind, Instant deadline) {
    return kind == FileKind.PDF ? readPdf(upload, deadline) : List.of(readImage(upload));
  }

  private List<PageResult> readPdf(Upload upload, Instant deadline) {
    List<PageResult> out = new ArrayList<>();
    try (PdfPages pdf = pdfs.open(upload, limits)) {
      for (int i = 0; i < pdf.pageCount(); i++) {
        checkDeadline(upload, deadline);
        String text = pdf.text(i);
        if (Texts.visibleChars(text) >= settings.minTextChars()) {
          float dpi = pdf.renderedDpi(i, settings.sealDpi());
          BufferedImage small = pdf.render(i, dpi);
          out.add(
              new PageResult(
                  i + 1,
                  PageResult.Source.TEXT_LAYER,
                  text,
                  null,
                  null,
                  0,
                  false,
                  0,
                  seals.detect(small, Math.round(dpi)).seals()));
        } else {
          float dpi = pdf.renderedDpi(i, settings.ocrDpi());
          out.add(ocrPage(i + 1, pdf.render(i, dpi), Math.round(dpi)));
        }
      }
    }
    return out;
  }

  private PageResult readImage(Upload upload) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(upload.bytes()));
    } catch (IOException | RuntimeException e) {
      throw Intake.error(ErrorCode.MALFORMED_FILE, upload, "图片文件损坏，无法解码");
    }
    if (image == null) {
      throw Intake.error(ErrorCode.MALFORMED_FILE, upload, "图片文件损坏，无法解码");
    }
    Intake.checkPixels(upload.fileName(), image.getWidth(), image.getHeight(), limits);
    // a photo or scan of an A4 page: its shorter side spans 210 mm (8.27 in)
    int dpi = (int) Math.round(Math.min(image.getWidth(), image.getHeight()) / 8.27);
    return ocrPage(1, toRgb(image), Math.max(dpi, 1));
  }

  private PageResult ocrPage(int page, BufferedImage colour, int dpi) {
    List<SealDetector.Seal> found = seals.detect(colour, dpi).seals();
    BufferedImage grey = ImageOps.grey(colour, true);
    BufferedImage measure = ImageOps.forMeasure(grey, dpi);
    double ink = ImageOps.inkRatio(measure);
    double sharpness = ImageOps.sharpness(measure);
    if (ink < 0.002) {
      return new PageResult(page, PageResult.Source.OCR, "", 0.0, sharpness, 0, true, dpi, found);
    }
    int ocrDpi = dpi;
    if (dpi < 200) {
      // small photos: tesseract reads Chinese far better at ~300 dpi
      double f = Math.min(3.0, 300.0 / dpi);
      grey = ImageOps.scale(grey, f);
      ocrDpi = (int) Math.round(dpi * f);
    }
    int rotation = 0;
    if (sharpness >= settings.blurThreshold() && ImageOps.sideways(measure)) {
      rotation = quarterTurn(grey, ocrDpi);
      grey = ImageOps.rotate(grey, rotation);
    }
    OcrEngine.OcrResult result = ocr.recognize(grey, ocrDpi);
    boolean lowConfidence =
        result.confidence() < settings.rotationConfidence()
            || Texts.visibleChars(result.text()) < settings.minTextChars();
    if (lowConfidence && rotation == 0 && sharpness >= settings.blurThreshold()) {
      int proposed = ocr.detectRotation(grey, ocrDpi);
      if (proposed != 0) {
        OcrEngine.OcrResult turned = ocr.recognize(ImageOps.rotate(grey, proposed), ocrDpi);
        if (turned.confidence() > result.confidence()) {
          result = turned;
          rotation = proposed;
        }
      }
    }
    return new PageResult(
        page,
        PageResult.Source.OCR,
        result.text(),
        result.confidence(),
        sharpness,
        rotation,
        false,
        dpi,
        found);
  }

  /** 90 or 270 for a sideways page: what OSD says, else whichever reads with more confidence. */
  private int quarterTurn(BufferedImage grey, int dpi) {
    int proposed = ocr.detectRotation(grey, dpi);
    if (proposed == 90 || proposed == 270) {
      return proposed;
    }
    BufferedImage small = ImageOps.scale(grey, 0.5);
    double c90 = ocr.recognize(ImageOps.rotate(small, 90), dpi / 2).confidence();
    double c270 = ocr.recognize(ImageOps.rotate(small, 270), dpi / 2).confidence();
    return c90 >= c270 ? 90 : 270;
  }

  private void checkDeadline(Upload upload, Instant deadline) {
    if (deadline != null && clock.instant().isAfter(deadline)) {
      throw new CreditRepairException(
          ErrorCode.FILE_TOO_COMPLEX,
          "文件“" + upload.fileName() + "”处理超时（页面过多或过于复杂）",
          Map.of("file", upload.fileName(), "reason", "timeout"));
    }
  }

  private static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = rgb.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return rgb;
  }
}
