package org.creditrepair.precheck;

import static org.creditrepair.precheck.PrecheckFixtures.CASE;
import static org.creditrepair.precheck.PrecheckFixtures.PARTY;
import static org.creditrepair.precheck.PrecheckFixtures.assumeFont;
import static org.creditrepair.precheck.PrecheckFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.precheck.ocr.TesseractOcr;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.creditrepair.precheck.pdf.SampleMaterials.ScanOptions;
import org.creditrepair.precheck.pdf.SampleMaterials.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real tesseract (tesseract-ocr + tesseract-ocr-chi-sim) on generated scans: an image-only PDF, a
 * PNG, a rotated JPG and a blurred JPG — 7 OCR runs in all; skipped with a message when the binary
 * or the language data is missing.
 */
class PrecheckOcrIT {
  private static final TesseractOcr OCR = TesseractOcr.defaults();
  private static PrecheckService service;

  @BeforeAll
  static void start() {
    assumeTrue(
        OCR.available(),
        "skipped: tesseract with chi_sim missing (apt-get install tesseract-ocr tesseract-ocr-chi-sim; .ci/run installs them)");
    service = PrecheckFixtures.service(OCR);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  private static DocumentReport one(Upload u) {
    return service.check(context(), List.of(u)).documents().getFirst();
  }

  private static Set<String> codes(DocumentReport d) {
    return d.defects().stream().map(Defect::code).collect(Collectors.toSet());
  }

  @Test
  void should_read_a_scanned_decision_pdf_page_by_page() {
    assumeFont();
    Sheet sheet = SampleMaterials.sheet(DocumentType.PENALTY_DECISION, CASE);
    DocumentReport d =
        one(new Upload("决定书扫描件.pdf", SampleMaterials.scanPdf(sheet, ScanOptions.clean(200))));
    assertEquals(DocumentType.PENALTY_DECISION, d.detectedType(), d.text());
    assertEquals(2, d.pages().size());
    assertTrue(d.pages().stream().allMatch(p -> p.source() == PageResult.Source.OCR));
    assertEquals(PARTY.uscc(), d.fields().uscc(), d.text());
    assertEquals(Boolean.TRUE, d.fields().usccValid());
    assertEquals(0, new BigDecimal("12000").compareTo(d.fields().fineAmount()), d.text());
    assertEquals(CASE.decisionDate(), d.fields().decisionDate(), d.text());
    assertEquals(PARTY.company(), d.fields().companyName());
    assertTrue(d.pages().get(1).seals().size() >= 1, "seal on the last page");
    double cer = CharacterErrorRate.of(sheet.text(), d.text());
    System.out.printf("OCR CER of the scanned decision at 200 dpi: %.4f%n", cer);
    assertTrue(cer < 0.08, "CER " + cer + "\n" + d.text());
  }

  @Test
  void should_read_a_png_receipt() {
    assumeFont();
    Sheet sheet = SampleMaterials.sheet(DocumentType.FINE_RECEIPT, CASE);
    DocumentReport d =
        one(
            new Upload(
                "回单.png",
                SampleMaterials.png(SampleMaterials.scan(sheet, 0, ScanOptions.clean(200)))));
    assertEquals(DocumentType.FINE_RECEIPT, d.detectedType(), d.text());
    assertEquals(0, new BigDecimal("12000").compareTo(d.fields().paidAmount()), d.text());
    assertEquals(CASE.paymentDate(), d.fields().paymentDate(), d.text());
    assertTrue(d.seals() >= 1);
    assertTrue(codes(d).contains("PRE-FILE-FORMAT"), "PNG is flagged");
  }

  @Test
  void should_turn_a_rotated_scan_upright() {
    assumeFont();
    Sheet sheet = SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, CASE);
    byte[] jpg =
        SampleMaterials.jpg(
            SampleMaterials.scan(sheet, 0, ScanOptions.clean(200).rotated(90)), 0.9f);
    DocumentReport d = one(new Upload("承诺书.jpg", jpg));
    assertEquals(DocumentType.COMMITMENT_LETTER, d.detectedType(), d.text());
    assertTrue(codes(d).contains("PRE-PAGE-ROTATED"), codes(d).toString());
    assertEquals(270, d.pages().getFirst().rotation());
  }

  @Test
  void should_flag_a_blurred_scan() {
    assumeFont();
    Sheet sheet = SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, CASE);
    byte[] jpg =
        SampleMaterials.jpg(
            SampleMaterials.scan(sheet, 0, ScanOptions.clean(200).blurred(6)), 0.9f);
    DocumentReport d = one(new Upload("承诺书.jpg", jpg));
    assertTrue(codes(d).contains("PRE-PAGE-BLURRED"), codes(d).toString());
  }
}
