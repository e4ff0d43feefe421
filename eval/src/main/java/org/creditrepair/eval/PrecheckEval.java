package org.creditrepair.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.creditrepair.plan.ChecklistItem;
import org.creditrepair.precheck.CharacterErrorRate;
import org.creditrepair.precheck.Defect;
import org.creditrepair.precheck.DefectCode;
import org.creditrepair.precheck.DocumentReport;
import org.creditrepair.precheck.DocumentType;
import org.creditrepair.precheck.Eligibility;
import org.creditrepair.precheck.OcrEngine;
import org.creditrepair.precheck.PageResult;
import org.creditrepair.precheck.PrecheckContext;
import org.creditrepair.precheck.PrecheckReport;
import org.creditrepair.precheck.PrecheckService;
import org.creditrepair.precheck.Upload;
import org.creditrepair.precheck.ocr.TesseractOcr;
import org.creditrepair.precheck.pdf.PdfBoxPages;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.creditrepair.precheck.pdf.SampleMaterials.Case;
import org.creditrepair.precheck.pdf.SampleMaterials.Party;
import org.creditrepair.precheck.pdf.SampleMaterials.ScanOptions;
import org.creditrepair.precheck.pdf.SampleMaterials.Sheet;

/**
 * 预审评测：generates cases of repair materials (text PDFs and, with --scan-share, rendered scans read
 * by tesseract), injects one labelled defect into most of them, runs the pre-check and prints
 * per-defect precision and recall, document-type accuracy and OCR character error rate side by
 * side, failing when a figure falls below {@code baselines/precheck.properties}.
 *
 * <p>{@code PrecheckEval [--cases 30] [--scan-share 0.0] [--seed 1] [--write-baseline]}
 */
public final class PrecheckEval {
  static final Path BASELINE = Path.of("baselines", "precheck.properties");
  private static final LocalDate APPLICATION = LocalDate.of(2025, 6, 2);
  private static final String[] CITIES = {"杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州"};
  private static final String[] NAMES = {
    "明达", "恒远", "华信", "瑞丰", "嘉禾", "鼎盛", "新源", "启航", "锦程", "宏业"
  };
  private static final String[] TRADES = {"贸易", "科技", "食品", "建材", "物流", "餐饮管理", "服装"};
  private static final String[] PEOPLE = {"张三", "李明", "王芳", "陈伟", "刘洋", "周杰", "吴静", "郑凯"};

  /** Defects the generator injects, each with the codes it should raise. */
  enum Injection {
    NONE(Set.of()),
    AMOUNT_BELOW_FINE(Set.of(DefectCode.AMOUNT_BELOW_FINE)),
    SEAL_MISSING(Set.of(DefectCode.SEAL_MISSING)),
    // the dropped last page carries the decision's date
    PAGE_MISSING(Set.of(DefectCode.PAGE_MISSING, DefectCode.DATE_MISSING)),
    PAYMENT_BEFORE_DECISION(Set.of(DefectCode.PAYMENT_BEFORE_DECISION)),
    COMMITMENT_BEFORE_PAYMENT(Set.of(DefectCode.COMMITMENT_BEFORE_PAYMENT)),
    USCC_INVALID(
        Set.of(
            DefectCode.USCC_INVALID,
            DefectCode.USCC_MISMATCH_DOCUMENTS,
            DefectCode.USCC_MISMATCH_RECORD)),
    NAME_MISMATCH(Set.of(DefectCode.NAME_MISMATCH_DOCUMENTS, DefectCode.NAME_MISMATCH_RECORD)),
    DECISION_NO_MISMATCH(Set.of(DefectCode.DECISION_NO_MISMATCH)),
    SIGNATURE_MISSING(Set.of(DefectCode.SIGNATURE_MISSING)),
    SIGNER_NOT_LEGAL_REP(Set.of(DefectCode.SIGNER_NOT_LEGAL_REP)),
    MATERIAL_MISSING(Set.of(DefectCode.MATERIAL_MISSING)),
    AMOUNT_WORDS_MISMATCH(Set.of(DefectCode.AMOUNT_WORDS_MISMATCH)),
    AGENT_ID_MISSING(Set.of(DefectCode.AGENT_ID_MISSING, DefectCode.MATERIAL_MISSING)),
    // the blurred 承诺书 cannot be read, so it is neither classified nor counted as present
    PAGE_BLURRED(
        Set.of(DefectCode.PAGE_BLURRED, DefectCode.DOC_UNCLASSIFIED, DefectCode.MATERIAL_MISSING)),
    PAGE_ROTATED(Set.of(DefectCode.PAGE_ROTATED));

    final Set<DefectCode> expected;

    Injection(Set<DefectCode> expected) {
      this.expected = expected;
    }

    boolean needsScan() {
      return this == PAGE_BLURRED || this == PAGE_ROTATED;
    }
  }

  /** The figures of one run. */
  record Figures(
      int cases,
      int documents,
      int scannedPages,
      double typeAccuracy,
      double macroPrecision,
      double macroRecall,
      double cer,
      Map<DefectCode, int[]> perDefect,
      double msPerTextDocument,
      double msPerScannedPage) {}

  private PrecheckEval() {}

  public static void main(String[] args) throws Exception {
    int cases = 30;
    double scanShare = 0;
    long seed = 1;
    boolean write = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cases" -> cases = Integer.parseInt(args[++i]);
        case "--scan-share" -> scanShare = Double.parseDouble(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--write-baseline" -> write = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Figures f = run(cases, scanShare, seed, TesseractOcr.defaults());
    print(f);
    if (write) {
      writeBaseline(f, BASELINE);
      System.out.println("baseline written to " + BASELINE);
      return;
    }
    List<String> below = belowBaseline(f, BASELINE);
    below.forEach(b -> System.out.println("BELOW BASELINE: " + b));
    if (!below.isEmpty()) {
      System.exit(1);
    }
  }

  /** Generates {@code cases} cases and pre-checks them. */
  static Figures run(int cases, double scanShare, long seed, OcrEngine ocr) {
    Random rnd = new Random(seed);
    Map<DefectCode, int[]> counts = new TreeMap<>(); // tp, fp, fn
    int docs = 0;
    int typeHits = 0;
    double cerSum = 0;
    int cerPages = 0;
    long textNanos = 0;
    int textDocs = 0;
    long scanNanos = 0;
    Injection[] injections = Injection.values();
    try (PrecheckService service =
        PrecheckService.create(
            KnowledgeBundle.fromClasspath(),
            PdfBoxPages.opener(),
            ocr,
            Eligibility.none(),
            Clock.systemUTC(),
            2)) {
      for (int n = 0; n < cases; n++) {
        Injection inj = injections[n % injections.length];
        if (inj.needsScan() && (scanShare <= 0 || !ocr.available())) {
          inj = Injection.NONE;
        }
        Case c = randomCase(rnd, n);
        List<Generated> set = generate(c, inj, rnd, scanShare, ocr.available());
        List<Upload> uploads = set.stream().map(Generated::upload).toList();
        long t0 = System.nanoTime();
        PrecheckReport report = service.check(context(c), uploads);
        long took = System.nanoTime() - t0;
        boolean anyScan = set.stream().anyMatch(Generated::scanned);
        if (anyScan) {
          scanNanos += took;
        } else {
          textNanos += took;
          textDocs += set.size();
        }
        Set<DefectCode> found = EnumSet.noneOf(DefectCode.class);
        for (Defect d : report.allDefects()) {
          DefectCode code = DefectCode.ofId(d.code());
          if (code != DefectCode.FILE_FORMAT) { // PNG scans are flagged by design
            found.add(code);
          }
        }
        Set<DefectCode> expected = EnumSet.noneOf(DefectCode.class);
        expected.addAll(inj.expected);
        if (set.stream().anyMatch(g -> g.type() == DocumentType.OTHER)) {
          expected.add(DefectCode.DOC_UNCLASSIFIED); // the generated 会议通知 is not a repair material
        }
        if (!expected.equals(found) && Boolean.getBoolean("precheck.verbose")) {
          System.out.println(
              "case " + n + " " + inj + ": expected " + expected + ", found " + found);
          report
              .allDefects()
              .forEach(d -> System.out.println("    " + d.code() + " " + d.message()));
        }
        for (DefectCode code : DefectCode.values()) {
          boolean e = expected.contains(code);
          boolean f = found.contains(code);
          if (e || f) {
            int[] k = counts.computeIfAbsent(code, x -> new int[3]);
            if (e && f) {
              k[0]++;
            } else if (f) {
              k[1]++;
            } else {
              k[2]++;
            }
          }
        }
        for (int i = 0; i < set.size(); i++) {
          DocumentReport d = report.documents().get(i);
          Generated g = set.get(i);
          docs++;
          if (d.detectedType() == g.type()) {
            typeHits++;
          }
          if (g.scanned() && g.cerEligible()) {
            for (int p = 0; p < d.pages().size(); p++) {
              PageResult page = d.pages().get(p);
              cerSum += CharacterErrorRate.of(g.pageTexts().get(p), page.text());
              cerPages++;
            }
          }
        }
      }
    }
    double p = 0;
    double r = 0;
    int withP = 0;
    int withR = 0;
    for (int[] k : counts.values()) {
      if (k[0] + k[1] > 0) {
        p += (double) k[0] / (k[0] + k[1]);
        withP++;
      }
      if (k[0] + k[2] > 0) {
        r += (double) k[0] / (k[0] + k[2]);
        withR++;
      }
    }
    int scannedPages = cerPages;
    return new Figures(
        cases,
        docs,
        scannedPages,
        docs == 0 ? 0 : (double) typeHits / docs,
        withP == 0 ? 1 : p / withP,
        withR == 0 ? 1 : r / withR,
        cerPages == 0 ? Double.NaN : cerSum / cerPages,
        counts,
        textDocs == 0 ? 0 : textNanos / 1e6 / textDocs,
        scannedPages == 0 ? 0 : scanNanos / 1e6 / scannedPages);
  }

  /** One generated upload with its truth. */
  record Generated(
      Upload upload,
      DocumentType type,
      boolean scanned,
      boolean cerEligible,
      List<String> pageTexts) {}

  private static Case randomCase(Random rnd, int n) {
    String company =
        CITIES[rnd.nextInt(CITIES.length)]
            + NAMES[rnd.nextInt(NAMES.length)]
            + TRADES[rnd.nextInt(TRADES.length)]
            + "有限公司";
    String rep = PEOPLE[rnd.nextInt(PEOPLE.length)];
    String agent = PEOPLE[(java.util.Arrays.asList(PEOPLE).indexOf(rep) + 1) % PEOPLE.length];
    Party p =
        new Party(company, SampleMaterials.uscc(1000 + n), rep, agent, "浙江省某市某路" + (n + 1) + "号");
    LocalDate decided = LocalDate.of(2025, 1, 6).plusDays(rnd.nextInt(60));
    BigDecimal fine = BigDecimal.valueOf(1000L * (1 + rnd.nextInt(50))).setScale(2);
    LocalDate paid = decided.plusDays(3 + rnd.nextInt(10));
    return new Case(
        p,
        "某市市场监督管理局",
        "某市监处罚〔2025〕" + (100 + n) + "号",
        decided,
        fine,
        paid,
        fine,
        paid.plusDays(5 + rnd.nextInt(20)));
  }

  private static PrecheckContext context(Case c) {
    Party p = c.party();
    CreditRecord r =
        new CreditRecord(
            "R1",
            RecordType.ADMIN_PENALTY,
            Severity.GENERAL,
            Set.of(Sanction.FINE),
            "MARKET_REGULATION",
            c.authority(),
            c.decisionNo(),
            c.decisionDate(),
            c.decisionDate().plusDays(5),
            c.fine(),
            true,
            c.paymentDate(),
            null,
            null,
            Set.of(),
            List.of());
    List<ChecklistItem> items = new ArrayList<>();
    for (String[] m :
        new String[][] {
          {"MAT-PENALTY-DECISION", "行政处罚决定书"},
          {"MAT-FINE-RECEIPT", "罚款缴纳凭证"},
          {"MAT-COMMITMENT-LETTER", "信用修复承诺书"},
          {"MAT-BUSINESS-LICENSE-COPY", "营业执照副本复印件"},
          {"MAT-POWER-OF-ATTORNEY", "授权委托书"},
          {"MAT-AGENT-ID-COPY", "经办人身份证复印件"}
        }) {
      items.add(new ChecklistItem(m[0], m[1], "", List.of("R1"), 1, null, false, ""));
    }
    return new PrecheckContext(
        new Enterprise(p.company(), p.uscc(), "浙江", p.legalRep()), List.of(r), APPLICATION, items);
  }

  private static List<Generated> generate(
      Case c, Injection inj, Random rnd, double scanShare, boolean ocr) {
    Map<DocumentType, Sheet> sheets = new LinkedHashMap<>();
    Case paidCase = c;
    if (inj == Injection.AMOUNT_BELOW_FINE) {
      paidCase = withPayment(c, c.fine().subtract(BigDecimal.valueOf(500)), c.paymentDate());
    } else if (inj == Injection.PAYMENT_BEFORE_DECISION) {
      paidCase = withPayment(c, c.paid(), c.decisionDate().minusDays(2));
    }
    sheets.put(
        DocumentType.PENALTY_DECISION, SampleMaterials.sheet(DocumentType.PENALTY_DECISION, c));
    sheets.put(
        DocumentType.FINE_RECEIPT, SampleMaterials.sheet(DocumentType.FINE_RECEIPT, paidCase));
    sheets.put(
        DocumentType.COMMITMENT_LETTER, SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, c));
    sheets.put(
        DocumentType.BUSINESS_LICENSE, SampleMaterials.sheet(DocumentType.BUSINESS_LICENSE, c));
    DocumentType[] extras = {
      DocumentType.REPAIR_APPLICATION,
      DocumentType.SITUATION_STATEMENT,
      DocumentType.LEGAL_REP_CERTIFICATE,
      DocumentType.RECTIFICATION_REPORT,
      DocumentType.CREDIT_REPORT,
      DocumentType.TRAINING_CERTIFICATE,
      DocumentType.OTHER
    };
    DocumentType extra = extras[rnd.nextInt(extras.length)];
    sheets.put(extra, SampleMaterials.sheet(extra, c));
    if (inj == Injection.AGENT_ID_MISSING || rnd.nextInt(4) == 0) {
      sheets.put(
          DocumentType.POWER_OF_ATTORNEY, SampleMaterials.sheet(DocumentType.POWER_OF_ATTORNEY, c));
      if (inj != Injection.AGENT_ID_MISSING) {
        sheets.put(DocumentType.ID_CARD, SampleMaterials.sheet(DocumentType.ID_CARD, c));
      }
    }
    Party p = c.party();
    switch (inj) {
      case SEAL_MISSING ->
          sheets.computeIfPresent(DocumentType.COMMITMENT_LETTER, (k, s) -> s.withoutSeal());
      case COMMITMENT_BEFORE_PAYMENT ->
          sheets.computeIfPresent(
              DocumentType.COMMITMENT_LETTER,
              (k, s) -> replace(s, arabic(c.signedDate()), arabic(c.paymentDate().minusDays(1))));
      case USCC_INVALID ->
          sheets.computeIfPresent(
              DocumentType.COMMITMENT_LETTER,
              (k, s) -> replace(s, p.uscc(), SampleMaterials.corruptUscc(p.uscc())));
      case NAME_MISMATCH ->
          sheets.computeIfPresent(
              DocumentType.BUSINESS_LICENSE,
              (k, s) -> replace(s, p.company(), p.company().replace("有限公司", "股份有限公司")));
      case DECISION_NO_MISMATCH ->
          sheets.computeIfPresent(
              DocumentType.PENALTY_DECISION,
              (k, s) -> replace(s, c.decisionNo(), "某市监处罚〔2024〕9" + "号"));
      case SIGNATURE_MISSING ->
          sheets.computeIfPresent(
              DocumentType.COMMITMENT_LETTER,
              (k, s) -> replace(s, "法定代表人（签字）：" + p.legalRep(), "法定代表人（签字）："));
      case SIGNER_NOT_LEGAL_REP ->
          sheets.computeIfPresent(
              DocumentType.COMMITMENT_LETTER,
              (k, s) -> replace(s, "法定代表人（签字）：" + p.legalRep(), "法定代表人（签字）：孙七"));
      case MATERIAL_MISSING -> sheets.remove(DocumentType.FINE_RECEIPT);
      case AMOUNT_WORDS_MISMATCH ->
          sheets.computeIfPresent(
              DocumentType.FINE_RECEIPT,
              (k, s) ->
                  replace(
                      s,
                      org.creditrepair.precheck.ChineseAmounts.toCapital(c.paid()),
                      org.creditrepair.precheck.ChineseAmounts.toCapital(
                          c.paid().add(BigDecimal.valueOf(100)))));
      case PAGE_MISSING ->
          sheets.computeIfPresent(DocumentType.PENALTY_DECISION, (k, s) -> s.withoutPage(1));
      default -> {}
    }
    List<Generated> out = new ArrayList<>();
    for (Map.Entry<DocumentType, Sheet> e : sheets.entrySet()) {
      Sheet s = e.getValue();
      boolean forceScan =
          (inj == Injection.PAGE_BLURRED || inj == Injection.PAGE_ROTATED)
              && e.getKey() == DocumentType.COMMITMENT_LETTER;
      boolean scan = ocr && (forceScan || rnd.nextDouble() < scanShare);
      String name = e.getKey().label();
      if (!scan) {
        out.add(
            new Generated(
                new Upload(name + ".pdf", SampleMaterials.textPdf(s)),
                e.getKey(),
                false,
                false,
                List.of()));
        continue;
      }
      ScanOptions o = ScanOptions.clean(200).noisy(3);
      if (inj == Injection.PAGE_BLURRED && forceScan) {
        o = o.blurred(6);
      } else if (inj == Injection.PAGE_ROTATED && forceScan) {
        o = o.rotated(90);
      }
      List<String> pageTexts = pageTexts(s);
      Upload u;
      if (pageTexts.size() > 1 || rnd.nextBoolean()) {
        u = new Upload(name + "扫描件.pdf", SampleMaterials.scanPdf(s, o));
      } else {
        BufferedImage img = SampleMaterials.scan(s, 0, o);
        u = new Upload(name + ".jpg", SampleMaterials.jpg(img, 0.85f));
      }
      out.add(new Generated(u, e.getKey(), true, o.blurSigma() == 0, pageTexts));
    }
    return out;
  }

  /** The printed text of each page (title on the first, page markers included). */
  private static List<String> pageTexts(Sheet s) {
    Sheet numbered = s;
    List<String> out = new ArrayList<>();
    List<List<String>> pages = numbered.pages();
    int n = pages.size();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      if (i == 0) {
        s.title().forEach(t -> sb.append(t).append('\n'));
      }
      pages.get(i).forEach(l -> sb.append(l).append('\n'));
      if (n > 1 && !pages.get(i).getLast().startsWith("第 ")) {
        sb.append("第 ").append(i + 1).append(" 页 共 ").append(n).append(" 页\n");
      }
      // the seal's own text is not counted: the reader removes red ink before OCR on purpose
      out.add(sb.toString());
    }
    return out;
  }

  private static Case withPayment(Case c, BigDecimal paid, LocalDate date) {
    return new Case(
        c.party(),
        c.authority(),
        c.decisionNo(),
        c.decisionDate(),
        c.fine(),
        date,
        paid,
        c.signedDate());
  }

  private static String arabic(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static Sheet replace(Sheet s, String from, String to) {
    List<List<String>> pages =
        s.pages().stream().map(pg -> pg.stream().map(l -> l.replace(from, to)).toList()).toList();
    return new Sheet(s.type(), s.title(), pages, s.sealText());
  }

  static void print(Figures f) {
    System.out.printf(
        Locale.ROOT,
        "pre-check evaluation: %d cases, %d documents, %d scanned pages%n",
        f.cases(),
        f.documents(),
        f.scannedPages());
    System.out.printf(
        Locale.ROOT,
        "%-34s %9s %9s %4s %4s %4s%n",
        "defect",
        "precision",
        "recall",
        "tp",
        "fp",
        "fn");
    f.perDefect()
        .forEach(
            (code, k) ->
                System.out.printf(
                    Locale.ROOT,
                    "%-34s %9s %9s %4d %4d %4d%n",
                    code.id(),
                    k[0] + k[1] == 0
                        ? "-"
                        : String.format(Locale.ROOT, "%.3f", (double) k[0] / (k[0] + k[1])),
                    k[0] + k[2] == 0
                        ? "-"
                        : String.format(Locale.ROOT, "%.3f", (double) k[0] / (k[0] + k[2])),
                    k[0],
                    k[1],
                    k[2]));
    System.out.printf(
        Locale.ROOT,
        "macro precision %.3f   macro recall %.3f%n",
        f.macroPrecision(),
        f.macroRecall());
    System.out.printf(Locale.ROOT, "document-type accuracy %.3f%n", f.typeAccuracy());
    System.out.printf(
        Locale.ROOT,
        "OCR character error rate %s over %d pages%n",
        Double.isNaN(f.cer()) ? "-" : String.format(Locale.ROOT, "%.4f", f.cer()),
        f.scannedPages());
    System.out.printf(
        Locale.ROOT,
        "time: %.1f ms per text document, %.0f ms per scanned page (whole case incl. its text documents)%n",
        f.msPerTextDocument(),
        f.msPerScannedPage());
  }

  /** Keys of a text-only run have no prefix; a run with scans uses "scan.". */
  private static String prefix(Figures f) {
    return f.scannedPages() > 0 ? "scan." : "";
  }

  static void writeBaseline(Figures f, Path file) throws IOException {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    String k = prefix(f);
    p.setProperty(k + "typeAccuracy", String.format(Locale.ROOT, "%.3f", f.typeAccuracy()));
    p.setProperty(k + "macroPrecision", String.format(Locale.ROOT, "%.3f", f.macroPrecision()));
    p.setProperty(k + "macroRecall", String.format(Locale.ROOT, "%.3f", f.macroRecall()));
    if (!Double.isNaN(f.cer())) {
      p.setProperty(k + "maxCer", String.format(Locale.ROOT, "%.4f", f.cer()));
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "Pre-check baseline: the evaluation fails below these (maxCer: above)");
    }
  }

  /** Figures below the baseline (0.005 tolerance; CER may rise by 0.005). */
  static List<String> belowBaseline(Figures f, Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    List<String> out = new ArrayList<>();
    String k = prefix(f);
    check(out, k + "typeAccuracy", f.typeAccuracy(), p);
    check(out, k + "macroPrecision", f.macroPrecision(), p);
    check(out, k + "macroRecall", f.macroRecall(), p);
    String cer = p.getProperty(k + "maxCer");
    if (cer != null && !Double.isNaN(f.cer()) && f.cer() > Double.parseDouble(cer) + 0.005) {
      out.add("cer " + f.cer() + " > " + cer);
    }
    return out;
  }

  private static void check(List<String> out, String key, double value, Properties p) {
    String b = p.getProperty(key);
    if (b != null && value < Double.parseDouble(b) - 0.005) {
      out.add(key + " " + String.format(Locale.ROOT, "%.3f", value) + " < " + b);
    }
  }
}
