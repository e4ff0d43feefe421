package org.creditrepair.precheck;

import static org.creditrepair.precheck.PrecheckFixtures.CASE;
import static org.creditrepair.precheck.PrecheckFixtures.PARTY;
import static org.creditrepair.precheck.PrecheckFixtures.assumeFont;
import static org.creditrepair.precheck.PrecheckFixtures.caseFor;
import static org.creditrepair.precheck.PrecheckFixtures.caseWith;
import static org.creditrepair.precheck.PrecheckFixtures.completeSet;
import static org.creditrepair.precheck.PrecheckFixtures.context;
import static org.creditrepair.precheck.PrecheckFixtures.item;
import static org.creditrepair.precheck.PrecheckFixtures.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.creditrepair.precheck.pdf.SampleMaterials.Party;
import org.creditrepair.precheck.pdf.SampleMaterials.ScanOptions;
import org.creditrepair.precheck.pdf.SampleMaterials.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every defect code is triggered by a generated document set with that one defect injected (text
 * PDFs through PDFBox; image pages through a scripted OCR engine, so no tesseract is needed here),
 * and the complete correct set passes with no defect at all.
 */
class PrecheckDefectsTest {
  private record Scenario(
      Supplier<List<Upload>> uploads,
      Supplier<PrecheckContext> context,
      OcrEngine ocr,
      Eligibility eligibility) {}

  private static final Map<DefectCode, Scenario> SCENARIOS = new EnumMap<>(DefectCode.class);

  private static void add(DefectCode code, Supplier<List<Upload>> uploads) {
    SCENARIOS.put(
        code,
        new Scenario(
            uploads,
            PrecheckFixtures::context,
            ocr(DocumentType.COMMITMENT_LETTER),
            Eligibility.none()));
  }

  private static void add(DefectCode code, Supplier<List<Upload>> uploads, OcrEngine ocr) {
    SCENARIOS.put(code, new Scenario(uploads, PrecheckFixtures::context, ocr, Eligibility.none()));
  }

  private static OcrEngine ocr(DocumentType type) {
    return PrecheckFixtures.ocrReading(type);
  }

  static {
    Sheet commitment = SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, CASE);
    Sheet decision = SampleMaterials.sheet(DocumentType.PENALTY_DECISION, CASE);
    Sheet receipt = SampleMaterials.sheet(DocumentType.FINE_RECEIPT, CASE);
    Party other = new Party("杭州远航科技有限公司", SampleMaterials.uscc(99), "王五", "赵六", "杭州市滨江区");

    add(
        DefectCode.FILE_FORMAT,
        () -> with(image("承诺书.png", commitment, ScanOptions.clean(150), true)));
    add(DefectCode.FILE_NAME_MISMATCH, () -> with(pdf("承诺书.jpg", commitment)));
    add(
        DefectCode.FILE_DUPLICATE,
        () -> {
          List<Upload> set = completeSet();
          List<Upload> out = new ArrayList<>(set);
          out.add(new Upload("决定书副本.pdf", set.getFirst().bytes()));
          return out;
        });
    add(
        DefectCode.PAGE_UNREADABLE,
        () -> with(image("承诺书.jpg", commitment, ScanOptions.clean(150), false)),
        new PrecheckFixtures.ScriptedOcr(commitment.text(), 30, 0));
    add(
        DefectCode.PAGE_BLURRED,
        () -> with(image("承诺书.jpg", commitment, ScanOptions.clean(150).blurred(4), false)));
    add(
        DefectCode.PAGE_ROTATED,
        () -> with(image("承诺书.jpg", commitment, ScanOptions.clean(150).rotated(90), false)),
        new PrecheckFixtures.ScriptedOcr(commitment.text(), 90, 270));
    add(
        DefectCode.PAGE_BLANK,
        () -> plus(new Upload("空白.jpg", SampleMaterials.jpg(blank(), 0.9f))));
    add(DefectCode.PAGE_MISSING, () -> with(pdf("决定书.pdf", decision.withoutPage(1))));
    add(
        DefectCode.PAGE_LOW_RESOLUTION,
        () -> with(image("承诺书.jpg", commitment, ScanOptions.clean(100), false)));
    add(DefectCode.DOC_UNCLASSIFIED, () -> plus(pdf("通知.pdf", DocumentType.OTHER)));
    add(DefectCode.SEAL_MISSING, () -> with(pdf("承诺书.pdf", commitment.withoutSeal())));
    add(
        DefectCode.SIGNATURE_MISSING,
        () -> with(pdf("承诺书.pdf", replace(commitment, "法定代表人（签字）：张三", "法定代表人（签字）："))));
    add(
        DefectCode.USCC_INVALID,
        () ->
            with(
                pdf(
                    "承诺书.pdf",
                    replace(commitment, PARTY.uscc(), SampleMaterials.corruptUscc(PARTY.uscc())))));
    add(DefectCode.USCC_MISSING, () -> with(pdf("承诺书.pdf", drop(commitment, "统一社会信用代码"))));
    add(DefectCode.DATE_MISSING, () -> with(pdf("承诺书.pdf", drop(commitment, "2025年3月20日"))));
    add(
        DefectCode.DATE_IN_FUTURE,
        () -> with(pdf("承诺书.pdf", replace(commitment, "2025年3月20日", "2025年5月20日"))));
    add(
        DefectCode.AMOUNT_WORDS_MISMATCH,
        () -> with(pdf("回单.pdf", replace(receipt, "壹万贰仟元整", "壹万元整"))));
    add(
        DefectCode.DECISION_NO_MISSING,
        () -> with(pdf("决定书.pdf", drop(decision, CASE.decisionNo()))));
    add(
        DefectCode.USCC_MISMATCH_DOCUMENTS,
        () ->
            with(
                pdf(
                    "营业执照.pdf",
                    SampleMaterials.sheet(DocumentType.BUSINESS_LICENSE, caseFor(other)))));
    SCENARIOS.put(
        DefectCode.USCC_MISMATCH_RECORD, SCENARIOS.get(DefectCode.USCC_MISMATCH_DOCUMENTS));
    SCENARIOS.put(
        DefectCode.NAME_MISMATCH_DOCUMENTS, SCENARIOS.get(DefectCode.USCC_MISMATCH_DOCUMENTS));
    SCENARIOS.put(
        DefectCode.NAME_MISMATCH_RECORD, SCENARIOS.get(DefectCode.USCC_MISMATCH_DOCUMENTS));
    add(
        DefectCode.DECISION_NO_MISMATCH,
        () -> with(pdf("决定书.pdf", replace(decision, CASE.decisionNo(), "杭市监处罚〔2025〕999号"))));
    add(
        DefectCode.FINE_MISMATCH_RECORD,
        () ->
            with(
                pdf(
                    "决定书.pdf",
                    replace(replace(decision, "壹万贰仟元整", "壹万伍仟元整"), "12,000.00", "15,000.00")),
                pdf(
                    "回单.pdf",
                    SampleMaterials.sheet(
                        DocumentType.FINE_RECEIPT,
                        caseWith(
                            new BigDecimal("15000.00"), CASE.paymentDate(), CASE.signedDate())))));
    add(
        DefectCode.AMOUNT_BELOW_FINE,
        () ->
            with(
                pdf(
                    "回单.pdf",
                    SampleMaterials.sheet(
                        DocumentType.FINE_RECEIPT,
                        caseWith(
                            new BigDecimal("10000.00"), CASE.paymentDate(), CASE.signedDate())))));
    add(
        DefectCode.PAYMENT_BEFORE_DECISION,
        () ->
            with(
                pdf(
                    "回单.pdf",
                    SampleMaterials.sheet(
                        DocumentType.FINE_RECEIPT,
                        caseWith(CASE.paid(), LocalDate.of(2025, 3, 1), CASE.signedDate())))));
    add(
        DefectCode.COMMITMENT_BEFORE_PAYMENT,
        () -> with(pdf("承诺书.pdf", replace(commitment, "2025年3月20日", "2025年3月8日"))));
    add(
        DefectCode.SIGNER_NOT_LEGAL_REP,
        () -> with(pdf("承诺书.pdf", replace(commitment, "法定代表人（签字）：张三", "法定代表人（签字）：王五"))));
    add(
        DefectCode.LEGAL_REP_MISMATCH,
        () ->
            with(
                pdf(
                    "营业执照.pdf",
                    replace(
                        SampleMaterials.sheet(DocumentType.BUSINESS_LICENSE, CASE),
                        "法定代表人：张三",
                        "法定代表人：王五"))));
    add(DefectCode.AGENT_ID_MISSING, () -> plus(pdf("委托书.pdf", DocumentType.POWER_OF_ATTORNEY)));
    add(DefectCode.MATERIAL_MISSING, () -> without("回单.pdf"));
    SCENARIOS.put(
        DefectCode.MATERIAL_UNCHECKED,
        new Scenario(
            PrecheckFixtures::completeSet,
            () -> context(withItem(item("MAT-RECTIFICATION-PHOTOS", "整改前后对比照片"))),
            ocr(DocumentType.COMMITMENT_LETTER),
            Eligibility.none()));
    SCENARIOS.put(
        DefectCode.PUBLICITY_PERIOD_NOT_REACHED,
        new Scenario(
            PrecheckFixtures::completeSet,
            PrecheckFixtures::context,
            ocr(DocumentType.COMMITMENT_LETTER),
            (e, records, date) ->
                List.of(new Eligibility.NotYet("R1", LocalDate.of(2025, 9, 10)))));
    add(
        DefectCode.DECISION_DATE_MISMATCH,
        () -> with(pdf("决定书.pdf", replace(decision, "二〇二五年三月五日", "二〇二五年三月六日"))));
  }

  @Test
  void should_have_a_scenario_for_every_defect_code() {
    assertEquals(EnumSet.allOf(DefectCode.class), SCENARIOS.keySet());
    assertTrue(DefectCode.values().length >= 25);
  }

  @Test
  void should_pass_the_complete_correct_set() {
    assumeFont();
    try (PrecheckService s = PrecheckFixtures.service(ocr(DocumentType.COMMITMENT_LETTER))) {
      PrecheckReport r = s.check(context(), completeSet());
      assertEquals(List.of(), r.allDefects(), "no defects");
      assertEquals(Verdict.PASS, r.verdict());
      assertEquals(List.of(), r.missing());
      assertEquals(
          List.of(
              DocumentType.PENALTY_DECISION,
              DocumentType.FINE_RECEIPT,
              DocumentType.COMMITMENT_LETTER,
              DocumentType.BUSINESS_LICENSE),
          r.documents().stream().map(DocumentReport::detectedType).toList());
      r.documents().forEach(d -> assertTrue(d.seals() >= 1, d.fileName() + " seal"));
      assertTrue(
          r.crossChecks().stream()
              .allMatch(
                  c ->
                      c.outcome() == CrossCheck.Outcome.PASSED
                          || c.outcome() == CrossCheck.Outcome.SKIPPED));
      assertTrue(
          r.crossChecks().stream()
              .filter(c -> c.outcome() == CrossCheck.Outcome.PASSED)
              .map(CrossCheck::id)
              .collect(Collectors.toSet())
              .containsAll(
                  Set.of(
                      "uscc",
                      "company-name",
                      "decision-number",
                      "amount-paid",
                      "payment-after-decision",
                      "commitment-after-payment",
                      "signer",
                      "materials")));
    }
  }

  @ParameterizedTest
  @EnumSource(DefectCode.class)
  void should_report_each_injected_defect(DefectCode code) {
    assumeFont();
    Scenario sc = SCENARIOS.get(code);
    try (PrecheckService s =
        PrecheckFixtures.service(sc.ocr(), sc.eligibility(), IntakeLimits.DEFAULT)) {
      PrecheckReport r = s.check(sc.context().get(), sc.uploads().get());
      Set<String> codes = r.allDefects().stream().map(Defect::code).collect(Collectors.toSet());
      assertTrue(codes.contains(code.id()), code.id() + " not in " + codes);
      Defect d =
          r.allDefects().stream().filter(x -> x.code().equals(code.id())).findFirst().orElseThrow();
      assertTrue(!d.message().contains("{") && !d.hint().isBlank(), d.message());
      assertEquals(
          d.severity() == Defect.DefectSeverity.ERROR ? Verdict.FAIL : r.verdict(), r.verdict());
      if (code == DefectCode.MATERIAL_MISSING) {
        assertEquals(List.of("MAT-FINE-RECEIPT"), r.missing());
      }
    }
  }

  // ---- helpers ----

  /** The complete set with the document of the same file name replaced (or appended). */
  private static List<Upload> with(Upload... replacements) {
    List<Upload> out = new ArrayList<>(completeSet());
    for (Upload u : replacements) {
      String stem = stem(u.fileName());
      int i = -1;
      for (int j = 0; j < out.size(); j++) {
        if (stem(out.get(j).fileName()).equals(stem)) {
          i = j;
        }
      }
      if (i >= 0) {
        out.set(i, u);
      } else {
        out.add(u);
      }
    }
    return out;
  }

  private static List<Upload> plus(Upload extra) {
    List<Upload> out = new ArrayList<>(completeSet());
    out.add(extra);
    return out;
  }

  private static List<Upload> without(String name) {
    return completeSet().stream().filter(u -> !u.fileName().equals(name)).toList();
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static List<org.creditrepair.plan.ChecklistItem> withItem(
      org.creditrepair.plan.ChecklistItem extra) {
    List<org.creditrepair.plan.ChecklistItem> out = new ArrayList<>(PrecheckFixtures.checklist());
    out.add(extra);
    return out;
  }

  static Sheet replace(Sheet s, String from, String to) {
    List<List<String>> pages =
        s.pages().stream().map(p -> p.stream().map(l -> l.replace(from, to)).toList()).toList();
    return new Sheet(s.type(), s.title(), pages, s.sealText());
  }

  static Sheet drop(Sheet s, String containing) {
    List<List<String>> pages =
        s.pages().stream()
            .map(p -> p.stream().filter(l -> !l.contains(containing)).toList())
            .toList();
    return new Sheet(s.type(), s.title(), pages, s.sealText());
  }

  private static Upload image(String name, Sheet sheet, ScanOptions o, boolean png) {
    BufferedImage img = SampleMaterials.scan(sheet, 0, o);
    return new Upload(name, png ? SampleMaterials.png(img) : SampleMaterials.jpg(img, 0.9f));
  }

  private static BufferedImage blank() {
    BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.dispose();
    return img;
  }
}
