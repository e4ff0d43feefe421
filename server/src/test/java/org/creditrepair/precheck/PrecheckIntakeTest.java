package org.creditrepair.precheck;

import static org.creditrepair.precheck.PrecheckFixtures.assumeFont;
import static org.creditrepair.precheck.PrecheckFixtures.context;
import static org.creditrepair.precheck.PrecheckFixtures.pdf;
import static org.creditrepair.precheck.PrecheckFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.creditrepair.precheck.ocr.TesseractOcr;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Intake limits and hostile uploads: every refusal is a coded client error, never a crash. */
class PrecheckIntakeTest {
  private static final PrecheckService SERVICE =
      service(PrecheckFixtures.ocrReading(DocumentType.COMMITMENT_LETTER));

  @AfterAll
  static void close() {
    SERVICE.close();
  }

  private static ErrorCode refusal(Upload... uploads) {
    CreditRepairException e =
        assertThrows(CreditRepairException.class, () -> SERVICE.check(context(), List.of(uploads)));
    assertTrue(e.code().isClientError() || e.code() == ErrorCode.OCR_UNAVAILABLE, e.code().name());
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    return e.code();
  }

  @Test
  void should_sniff_type_from_magic_bytes_not_name() {
    assertEquals(
        FileKind.PDF,
        FileSniffer.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
    assertEquals(
        FileKind.JPEG,
        FileSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).orElseThrow());
    assertEquals(
        FileKind.PNG,
        FileSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
            .orElseThrow());
    assertTrue(FileSniffer.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    assertTrue(FileSniffer.sniff(new byte[0]).isEmpty());
  }

  @Test
  void should_refuse_random_bytes_as_unsupported_type() {
    byte[] junk = new byte[4096];
    new Random(1).nextBytes(junk);
    junk[0] = 'x';
    assertEquals(ErrorCode.UNSUPPORTED_FILE_TYPE, refusal(new Upload("scan.pdf", junk)));
  }

  @Test
  void should_refuse_empty_file_and_empty_batch() {
    assertEquals(ErrorCode.MALFORMED_FILE, refusal(new Upload("a.pdf", new byte[0])));
    CreditRepairException e =
        assertThrows(CreditRepairException.class, () -> SERVICE.check(context(), List.of()));
    assertEquals(ErrorCode.MISSING_FIELD, e.code());
  }

  @Test
  void should_refuse_file_count_and_sizes_beyond_limits() {
    byte[] small = SampleMaterials.png(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
    List<Upload> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(new Upload("p" + i + ".png", small));
    }
    assertEquals(ErrorCode.TOO_MANY_FILES, refusal(many.toArray(Upload[]::new)));

    byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), (10 << 20) + 1);
    CreditRepairException e =
        assertThrows(
            CreditRepairException.class,
            () -> SERVICE.check(context(), List.of(new Upload("big.pdf", big))));
    assertEquals(ErrorCode.FILE_TOO_LARGE, e.code());
    assertEquals("big.pdf", e.details().get("file"));

    byte[] nine = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 9 << 20);
    List<Upload> total = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      total.add(new Upload("part" + i + ".pdf", nine));
    }
    assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, refusal(total.toArray(Upload[]::new)));
  }

  @Test
  void should_refuse_png_and_jpeg_with_huge_declared_dimensions_before_decoding() {
    assertEquals(
        ErrorCode.IMAGE_TOO_LARGE, refusal(new Upload("bomb.png", pngHeader(50_000, 50_000))));
    assertEquals(
        ErrorCode.IMAGE_TOO_LARGE, refusal(new Upload("bomb.jpg", jpegHeader(65_000, 65_000))));
    assertEquals(
        ErrorCode.MALFORMED_FILE,
        refusal(new Upload("cut.png", Arrays.copyOf(pngHeader(10, 10), 12))));
  }

  @Test
  void should_refuse_a_truncated_image() {
    BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
    byte[] png = SampleMaterials.png(img);
    assertEquals(
        ErrorCode.MALFORMED_FILE,
        refusal(new Upload("cut.png", Arrays.copyOf(png, png.length / 2))));
  }

  @Test
  void should_refuse_encrypted_pdfs_with_user_or_owner_password() throws IOException {
    assertEquals(ErrorCode.ENCRYPTED_PDF, refusal(new Upload("locked.pdf", encrypted("secret"))));
    assertEquals(ErrorCode.ENCRYPTED_PDF, refusal(new Upload("owner.pdf", encrypted(""))));
  }

  @Test
  void should_refuse_truncated_and_garbled_pdfs() {
    assumeFont();
    byte[] ok =
        SampleMaterials.textPdf(
            SampleMaterials.sheet(DocumentType.PENALTY_DECISION, PrecheckFixtures.CASE));
    assertEquals(
        ErrorCode.MALFORMED_FILE,
        refusal(new Upload("cut.pdf", Arrays.copyOf(ok, ok.length * 2 / 3))));
    byte[] garbled =
        "%PDF-1.7\n%garbage\nthis is not a pdf\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(ErrorCode.MALFORMED_FILE, refusal(new Upload("garbled.pdf", garbled)));
  }

  @Test
  void should_refuse_page_bomb() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 51; i++) {
        doc.addPage(new PDPage(PDRectangle.A4));
      }
      assertEquals(ErrorCode.TOO_MANY_PAGES, refusal(new Upload("pages.pdf", save(doc))));
    }
  }

  @Test
  void should_refuse_flate_bomb_content_stream() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDStream stream = new PDStream(doc);
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 80; i++) {
          out.write(spaces); // 80 MB of whitespace, about 80 KB compressed
        }
      }
      page.setContents(stream);
      byte[] bytes = save(doc);
      assertTrue(bytes.length < 1 << 20, "compressed bomb is small: " + bytes.length);
      assertEquals(ErrorCode.FILE_TOO_COMPLEX, refusal(new Upload("bomb.pdf", bytes)));
    }
  }

  @Test
  void should_refuse_pdf_image_with_huge_declared_dimensions() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject img =
          LosslessFactory.createFromImage(doc, new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
      img.getCOSObject().setInt(COSName.WIDTH, 90_000);
      img.getCOSObject().setInt(COSName.HEIGHT, 90_000);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(img, 0, 0, 100, 100);
      }
      assertEquals(ErrorCode.IMAGE_TOO_LARGE, refusal(new Upload("huge.pdf", save(doc))));
    }
  }

  @Test
  void should_read_a_pdf_named_jpg_as_pdf_and_flag_the_name() {
    assumeFont();
    PrecheckReport r =
        SERVICE.check(context(), List.of(pdf("决定书.jpg", DocumentType.PENALTY_DECISION)));
    DocumentReport d = r.documents().getFirst();
    assertEquals(FileKind.PDF, d.fileKind());
    assertEquals(DocumentType.PENALTY_DECISION, d.detectedType());
    assertTrue(d.defects().stream().anyMatch(x -> x.code().equals("PRE-FILE-NAME-MISMATCH")));
  }

  @Test
  void should_report_missing_tesseract_as_server_side_condition() {
    TesseractOcr missing =
        new TesseractOcr("/nonexistent/tesseract", "chi_sim+eng", Duration.ofSeconds(5));
    assertTrue(!missing.available());
    try (PrecheckService s = service(missing)) {
      byte[] scan = SampleMaterials.png(page());
      CreditRepairException e =
          assertThrows(
              CreditRepairException.class,
              () -> s.check(context(), List.of(new Upload("scan.png", scan))));
      assertEquals(ErrorCode.OCR_UNAVAILABLE, e.code());
      assertEquals(503, e.code().httpStatus());
    }
  }

  @Test
  void should_give_every_intake_code_a_client_status() {
    for (ErrorCode c :
        List.of(
            ErrorCode.UNSUPPORTED_FILE_TYPE,
            ErrorCode.FILE_TOO_LARGE,
            ErrorCode.TOO_MANY_FILES,
            ErrorCode.ENCRYPTED_PDF,
            ErrorCode.MALFORMED_FILE,
            ErrorCode.IMAGE_TOO_LARGE,
            ErrorCode.TOO_MANY_PAGES,
            ErrorCode.FILE_TOO_COMPLEX)) {
      assertTrue(c.isClientError(), c.name());
    }
    assertTrue(!ErrorCode.OCR_UNAVAILABLE.isClientError());
  }

  private static BufferedImage page() {
    BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 1240, 1754);
    g.setColor(java.awt.Color.BLACK);
    g.fillRect(100, 100, 800, 30);
    g.dispose();
    return img;
  }

  private static byte[] encrypted(String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      StandardProtectionPolicy p =
          new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
      p.setEncryptionKeyLength(128);
      doc.protect(p);
      return save(doc);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** A PNG signature and IHDR chunk declaring {@code w}×{@code h}, with no image data. */
  static byte[] pngHeader(int w, int h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    byte[] ihdr = new byte[17];
    System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, ihdr, 0, 4);
    putInt(ihdr, 4, w);
    putInt(ihdr, 8, h);
    ihdr[12] = 8;
    ihdr[13] = 2;
    byte[] len = new byte[4];
    putInt(len, 0, 13);
    out.writeBytes(len);
    out.writeBytes(ihdr);
    CRC32 crc = new CRC32();
    crc.update(ihdr);
    byte[] c = new byte[4];
    putInt(c, 0, (int) crc.getValue());
    out.writeBytes(c);
    return out.toByteArray();
  }

  /** A JPEG SOI, APP0 and SOF0 declaring {@code w}×{@code h}. */
  static byte[] jpegHeader(int w, int h) {
    return new byte[] {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xE0,
      0,
      16,
      'J',
      'F',
      'I',
      'F',
      0,
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0,
      (byte) 0xFF,
      (byte) 0xC0,
      0,
      11,
      8,
      (byte) (h >> 8),
      (byte) h,
      (byte) (w >> 8),
      (byte) w,
      1,
      1,
      0x11,
      0,
      (byte) 0xFF,
      (byte) 0xD9
    };
  }

  private static void putInt(byte[] b, int i, int v) {
    b[i] = (byte) (v >> 24);
    b[i + 1] = (byte) (v >> 16);
    b[i + 2] = (byte) (v >> 8);
    b[i + 3] = (byte) v;
  }
}
