package org.creditrepair.eval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.precheck.DocumentType;
import org.creditrepair.precheck.Eligibility;
import org.creditrepair.precheck.PrecheckContext;
import org.creditrepair.precheck.PrecheckReport;
import org.creditrepair.precheck.PrecheckService;
import org.creditrepair.precheck.Upload;
import org.creditrepair.precheck.ocr.TesseractOcr;
import org.creditrepair.precheck.pdf.PdfBoxPages;
import org.creditrepair.precheck.pdf.SampleMaterials;

/**
 * 预审基准：prints the time to pre-check a text PDF (per page), an A4 scan at 300 dpi read by Tesseract
 * (OMP_THREAD_LIMIT as set in the environment; 1 is the setting the project uses), and the
 * throughput of concurrent uploads (4 callers, each a set of a decision, a receipt, a commitment
 * letter and one scan) on the service's pool of 2 workers. Usage: {@code PrecheckBenchmark
 * [--iterations N]}.
 */
public final class PrecheckBenchmark {
  private PrecheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    int iterations = 20;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--iterations")) {
        iterations = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (!SampleMaterials.fontsAvailable()) {
      throw new IllegalStateException("needs fonts-wqy-zenhei (and fonts-noto-cjk for scans)");
    }
    TesseractOcr ocr = TesseractOcr.defaults();
    System.out.printf(
        Locale.ROOT,
        "OMP_THREAD_LIMIT=%s, tesseract %s%n",
        System.getenv().getOrDefault("OMP_THREAD_LIMIT", "(unset)"),
        ocr.available() ? "available" : "missing");
    var party = SampleMaterials.party();
    var sample = SampleMaterials.sampleCase(party);
    PrecheckContext context =
        new PrecheckContext(
            new Enterprise(party.company(), party.uscc(), "浙江", party.legalRep()),
            List.of(),
            LocalDate.of(2025, 4, 1),
            List.of());
    var decision = SampleMaterials.sheet(DocumentType.PENALTY_DECISION, sample);
    Upload textPdf = new Upload("决定书.pdf", SampleMaterials.textPdf(decision));
    Upload receipt =
        new Upload(
            "回单.pdf",
            SampleMaterials.textPdf(SampleMaterials.sheet(DocumentType.FINE_RECEIPT, sample)));
    Upload letter =
        new Upload(
            "承诺书.pdf",
            SampleMaterials.textPdf(SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, sample)));
    Upload scan =
        new Upload(
            "决定书扫描.png",
            SampleMaterials.png(
                SampleMaterials.scan(decision, 0, SampleMaterials.ScanOptions.clean(300))));
    try (PrecheckService service =
        PrecheckService.create(
            KnowledgeBundle.fromClasspath(),
            PdfBoxPages.opener(),
            ocr,
            Eligibility.none(),
            Clock.systemUTC(),
            2)) {
      int pages = service.check(context, List.of(textPdf)).documents().getFirst().pages().size();
      for (int i = 0; i < 20; i++) {
        service.check(context, List.of(textPdf)); // warm-up
      }
      long[] text = new long[iterations * 5];
      for (int i = 0; i < text.length; i++) {
        long s = System.nanoTime();
        service.check(context, List.of(textPdf));
        text[i] = (System.nanoTime() - s) / pages;
      }
      System.out.printf(
          Locale.ROOT,
          "text PDF, per page (%d pages): %s%n",
          pages,
          new Percentiles(text).summary());
      if (!ocr.available()) {
        System.out.println("tesseract missing: OCR figures skipped");
        return;
      }
      int ocrRuns = Math.max(3, iterations / 4);
      long[] ocrLat = new long[ocrRuns];
      for (int i = 0; i < ocrRuns; i++) {
        long s = System.nanoTime();
        PrecheckReport r = service.check(context, List.of(scan));
        ocrLat[i] = System.nanoTime() - s;
        if (i == 0) {
          System.out.printf(
              Locale.ROOT,
              "scan read as %s, USCC %s%n",
              r.documents().getFirst().detectedType(),
              r.documents().getFirst().fields().uscc());
        }
      }
      System.out.printf(
          Locale.ROOT, "OCR, A4 page at 300 dpi (PNG): %s%n", new Percentiles(ocrLat).summary());
      int callers = 4;
      int sets = Math.max(4, iterations / 2);
      List<Upload> set = List.of(textPdf, receipt, letter, scan);
      long begin = System.nanoTime();
      long[] lat = new long[sets];
      try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
          int n = i;
          futures.add(
              pool.submit(
                  () -> {
                    long s = System.nanoTime();
                    service.check(context, set);
                    lat[n] = System.nanoTime() - s;
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      }
      double secs = (System.nanoTime() - begin) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "concurrent uploads (%d callers, %d sets of 4 files incl. 1 scan): %.2f sets/s, %.1f files/s; per set %s%n",
          callers,
          sets,
          sets / secs,
          sets * 4 / secs,
          new Percentiles(lat).summary());
    }
  }
}
