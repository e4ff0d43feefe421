package org.creditrepair.precheck;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 材料预审：accepts a batch of uploads (limits, content sniffing), reads each file on a bounded worker
 * pool with a per-file time limit (text layer or OCR per page), classifies it, extracts its fields,
 * checks it and the documents against each other and the record, and gives a verdict. Blocking:
 * call it from a worker or virtual thread, never from an event loop.
 */
public final class PrecheckService implements AutoCloseable {
  private final Intake intake;
  private final IntakeLimits limits;
  private final DocumentReader reader;
  private final DocumentClassifier classifier = new DocumentClassifier();
  private final FieldExtractor extractor = new FieldExtractor();
  private final DocumentChecks documentChecks;
  private final CrossChecks crossChecks;
  private final DefectCatalogue catalogue;
  private final Clock clock;
  private final ExecutorService pool;

  /**
   * @param workers files read at the same time across all callers (2 on a 2-core machine: OCR is
   *     CPU-bound)
   */
  public PrecheckService(
      IntakeLimits limits,
      DocumentReader reader,
      DefectCatalogue catalogue,
      Eligibility eligibility,
      Clock clock,
      int workers) {
    this.intake = new Intake(limits);
    this.limits = limits;
    this.reader = reader;
    this.catalogue = catalogue;
    this.documentChecks = new DocumentChecks(catalogue, reader.settings());
    this.crossChecks = new CrossChecks(catalogue, eligibility);
    this.clock = clock;
    this.pool = Executors.newFixedThreadPool(workers, daemonThreads());
  }

  /** The service with the default limits and reader settings, PDFBox and the given OCR engine. */
  public static PrecheckService create(
      KnowledgeBundle bundle,
      PdfPages.Opener pdfs,
      OcrEngine ocr,
      Eligibility eligibility,
      Clock clock,
      int workers) {
    IntakeLimits limits = IntakeLimits.DEFAULT;
    DocumentReader reader = new DocumentReader(pdfs, ocr, limits, ReaderSettings.DEFAULT, clock);
    return new PrecheckService(
        limits, reader, DefectCatalogue.load(bundle), eligibility, clock, workers);
  }

  public DefectCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Pre-checks {@code uploads} for {@code context}. Throws {@link CreditRepairException} with a
   * client-error code for a refused or hostile file (naming it in details.file), OCR_UNAVAILABLE
   * when a scan needs OCR and tesseract is missing.
   */
  public PrecheckReport check(PrecheckContext context, List<Upload> uploads) {
    List<Intake.Accepted> accepted = intake.accept(uploads);
    LocalDate date =
        context.applicationDate() != null ? context.applicationDate() : LocalDate.now(clock);
    List<Future<DocumentReport>> futures = new ArrayList<>();
    for (Intake.Accepted a : accepted) {
      futures.add(pool.submit(() -> readOne(a, date)));
    }
    List<DocumentReport> docs = collect(accepted, futures);
    docs = markDuplicates(accepted, docs);
    List<String> missing = new ArrayList<>();
    List<CrossCheck> cross = crossChecks.check(context, docs, date, missing);
    List<Defect> all = new ArrayList<>();
    docs.forEach(d -> all.addAll(d.defects()));
    cross.forEach(c -> all.addAll(c.defects()));
    return new PrecheckReport(PrecheckReport.verdictOf(all), docs, cross, missing);
  }

  /** Reads, classifies, extracts and checks one document. */
  private DocumentReport readOne(Intake.Accepted a, LocalDate date) {
    Instant deadline = clock.instant().plus(limits.perFileTimeout());
    List<PageResult> pages;
    try {
      pages = reader.read(a.upload(), a.kind(), deadline);
    } catch (CreditRepairException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw Intake.error(ErrorCode.MALFORMED_FILE, a.upload(), "文件内容无法解析");
    }
    StringBuilder text = new StringBuilder();
    List<String> pageTexts = new ArrayList<>();
    for (PageResult p : pages) {
      text.append(p.text()).append('\n');
      pageTexts.add(p.text());
    }
    DocumentClassifier.Classification c = classifier.classify(text.toString());
    DocumentFields fields = extractor.extract(c.type(), pageTexts);
    int seals = pages.stream().mapToInt(p -> p.seals().size()).sum();
    List<Defect> defects =
        documentChecks.check(a.upload(), a.kind(), c.type(), fields, pages, date);
    return new DocumentReport(
        a.upload().fileName(), a.kind(), c.type(), c, fields, pages, seals, defects);
  }

  private List<DocumentReport> collect(
      List<Intake.Accepted> accepted, List<Future<DocumentReport>> futures) {
    // every file has its own time limit once a worker starts it; this bound only guards against a
    // worker stuck in code that ignores it
    long waitMs =
        limits.perFileTimeout().toMillis() * (accepted.size() + 1)
            + Duration.ofSeconds(5).toMillis();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
    List<DocumentReport> docs = new ArrayList<>();
    try {
      for (int i = 0; i < futures.size(); i++) {
        Upload u = accepted.get(i).upload();
        try {
          long left = Math.max(1, end - System.nanoTime());
          docs.add(futures.get(i).get(left, TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
          throw unwrap(e.getCause(), u);
        } catch (TimeoutException | CancellationException e) {
          throw new CreditRepairException(
              ErrorCode.FILE_TOO_COMPLEX,
              "文件“" + u.fileName() + "”处理超时（页面过多或过于复杂）",
              Map.of("file", u.fileName(), "reason", "timeout"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CreditRepairException(ErrorCode.DEADLINE_EXCEEDED, "预审被中断");
        }
      }
      return docs;
    } finally {
      futures.forEach(f -> f.cancel(true));
    }
  }

  private static CreditRepairException unwrap(Throwable cause, Upload u) {
    if (cause instanceof CreditRepairException e) {
      return e;
    }
    return Intake.error(ErrorCode.MALFORMED_FILE, u, "文件内容无法解析");
  }

  private List<DocumentReport> markDuplicates(
      List<Intake.Accepted> accepted, List<DocumentReport> docs) {
    Map<String, String> firstByHash = new HashMap<>();
    List<DocumentReport> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      DocumentReport d = docs.get(i);
      String hash = sha256(accepted.get(i).upload().bytes());
      String first = firstByHash.putIfAbsent(hash, d.fileName());
      if (first == null) {
        out.add(d);
        continue;
      }
      List<Defect> defects = new ArrayList<>(d.defects());
      defects.add(catalogue.defect(DefectCode.FILE_DUPLICATE, null, Map.of("found", first)));
      out.add(
          new DocumentReport(
              d.fileName(),
              d.fileKind(),
              d.detectedType(),
              d.classification(),
              d.fields(),
              d.pages(),
              d.seals(),
              defects));
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "precheck-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
