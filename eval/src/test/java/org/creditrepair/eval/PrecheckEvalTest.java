package org.creditrepair.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import org.creditrepair.precheck.ocr.TesseractOcr;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.junit.jupiter.api.Test;

/**
 * Runs the pre-check evaluation over at least 150 generated documents, as text PDFs and with 12 %
 * scans read by tesseract, and fails below the stored baselines.
 */
class PrecheckEvalTest {
  @Test
  void should_not_fall_below_the_precheck_baseline() throws Exception {
    assumeTrue(SampleMaterials.fontsAvailable(), "skipped: fonts-wqy-zenhei missing");
    double scanShare = Double.parseDouble(System.getProperty("precheck.scanShare", "0"));
    int cases = Integer.getInteger("precheck.cases", 32);
    PrecheckEval.Figures f = PrecheckEval.run(cases, scanShare, 1, TesseractOcr.defaults());
    PrecheckEval.print(f);
    assertTrue(f.documents() >= 150, "documents: " + f.documents());
    if (Boolean.getBoolean("precheck.writeBaseline")) {
      PrecheckEval.writeBaseline(f, PrecheckEval.BASELINE);
      return;
    }
    assertTrue(Files.isRegularFile(PrecheckEval.BASELINE));
    assertEquals(List.of(), PrecheckEval.belowBaseline(f, PrecheckEval.BASELINE));
  }

  /** The same cases with 12 % scans read by the real tesseract: OCR character error rate too. */
  @Test
  void should_not_fall_below_the_scan_baseline() throws Exception {
    assumeTrue(SampleMaterials.fontsAvailable(), "skipped: fonts-wqy-zenhei missing");
    TesseractOcr ocr = TesseractOcr.defaults();
    assumeTrue(ocr.available(), "skipped: tesseract with chi_sim missing (.ci/run installs it)");
    PrecheckEval.Figures f = PrecheckEval.run(32, 0.12, 1, ocr);
    PrecheckEval.print(f);
    assertTrue(f.scannedPages() > 0, "no page was OCR'd");
    assertEquals(List.of(), PrecheckEval.belowBaseline(f, PrecheckEval.BASELINE));
  }
}
