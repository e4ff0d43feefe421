package org.creditrepair.precheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.creditrepair.plan.ChecklistItem;
import org.creditrepair.precheck.pdf.PdfBoxPages;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.creditrepair.precheck.pdf.SampleMaterials.Case;
import org.creditrepair.precheck.pdf.SampleMaterials.Party;

/** 预审测试夹具：the sample applicant, record, checklist, services and a scripted OCR engine. */
final class PrecheckFixtures {
  static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();
  static final DefectCatalogue CATALOGUE = DefectCatalogue.load(BUNDLE);
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final LocalDate APPLICATION_DATE = LocalDate.of(2025, 4, 1);
  static final Party PARTY = SampleMaterials.party();
  static final Case CASE = SampleMaterials.sampleCase(PARTY);

  private PrecheckFixtures() {}

  static void assumeFont() {
    assumeTrue(
        SampleMaterials.fontsAvailable(),
        "skipped: CJK font missing (apt-get install fonts-wqy-zenhei; .ci/run installs it)");
  }

  static Enterprise enterprise() {
    return new Enterprise(PARTY.company(), PARTY.uscc(), "浙江", PARTY.legalRep());
  }

  static CreditRecord record() {
    return new CreditRecord(
        "R1",
        RecordType.ADMIN_PENALTY,
        Severity.GENERAL,
        Set.of(Sanction.FINE),
        "MARKET_REGULATION",
        CASE.authority(),
        CASE.decisionNo(),
        CASE.decisionDate(),
        CASE.decisionDate().plusDays(5),
        CASE.fine(),
        true,
        CASE.paymentDate(),
        null,
        null,
        Set.of(),
        List.of());
  }

  static ChecklistItem item(String materialId, String name) {
    return new ChecklistItem(materialId, name, "", List.of("R1"), 1, null, false, "");
  }

  /** 决定书, 缴款凭证, 承诺书, 营业执照复印件, 授权委托书 + 经办人身份证 (conditional). */
  static List<ChecklistItem> checklist() {
    return List.of(
        item("MAT-PENALTY-DECISION", "行政处罚决定书"),
        item("MAT-FINE-RECEIPT", "罚款（含加处罚款）缴纳凭证"),
        item("MAT-COMMITMENT-LETTER", "信用修复承诺书"),
        item("MAT-BUSINESS-LICENSE-COPY", "营业执照副本复印件（加盖公章）"),
        item("MAT-POWER-OF-ATTORNEY", "授权委托书（委托他人办理时）"),
        item("MAT-AGENT-ID-COPY", "经办人（代理人）身份证复印件"));
  }

  static PrecheckContext context() {
    return new PrecheckContext(enterprise(), List.of(record()), APPLICATION_DATE, checklist());
  }

  static PrecheckContext context(List<ChecklistItem> materials) {
    return new PrecheckContext(enterprise(), List.of(record()), APPLICATION_DATE, materials);
  }

  static PrecheckService service(OcrEngine ocr) {
    return service(ocr, Eligibility.none(), IntakeLimits.DEFAULT);
  }

  static PrecheckService service(OcrEngine ocr, Eligibility eligibility, IntakeLimits limits) {
    DocumentReader reader =
        new DocumentReader(PdfBoxPages.opener(), ocr, limits, ReaderSettings.DEFAULT, CLOCK);
    return new PrecheckService(limits, reader, CATALOGUE, eligibility, Clock.systemUTC(), 2);
  }

  static Upload pdf(String name, DocumentType type) {
    return pdf(name, SampleMaterials.sheet(type, CASE));
  }

  static Upload pdf(String name, SampleMaterials.Sheet sheet) {
    return new Upload(name, SampleMaterials.textPdf(sheet));
  }

  /** The complete, correct set of text PDFs for the sample case. */
  static List<Upload> completeSet() {
    List<Upload> out = new ArrayList<>();
    out.add(pdf("决定书.pdf", DocumentType.PENALTY_DECISION));
    out.add(pdf("回单.pdf", DocumentType.FINE_RECEIPT));
    out.add(pdf("承诺书.pdf", DocumentType.COMMITMENT_LETTER));
    out.add(pdf("营业执照.pdf", DocumentType.BUSINESS_LICENSE));
    return out;
  }

  static Case caseWith(BigDecimal paid, LocalDate paymentDate, LocalDate signed) {
    return new Case(
        PARTY,
        CASE.authority(),
        CASE.decisionNo(),
        CASE.decisionDate(),
        CASE.fine(),
        paymentDate,
        paid,
        signed);
  }

  static Case caseFor(Party party) {
    return new Case(
        party,
        CASE.authority(),
        CASE.decisionNo(),
        CASE.decisionDate(),
        CASE.fine(),
        CASE.paymentDate(),
        CASE.paid(),
        CASE.signedDate());
  }

  /** An OCR engine that returns a fixed text and confidence, and proposes a rotation. */
  static final class ScriptedOcr implements OcrEngine {
    final String text;
    final double confidence;
    final int rotation;
    int calls;

    ScriptedOcr(String text, double confidence, int rotation) {
      this.text = text;
      this.confidence = confidence;
      this.rotation = rotation;
    }

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public synchronized OcrResult recognize(BufferedImage image, int dpi) {
      calls++;
      // a rotated page reads badly until it is turned upright (landscape = still rotated)
      boolean upright = rotation == 0 || image.getHeight() >= image.getWidth();
      return new OcrResult(text, upright ? confidence : 20, 40);
    }

    @Override
    public int detectRotation(BufferedImage image, int dpi) {
      return rotation;
    }
  }

  static ScriptedOcr ocrReading(DocumentType type) {
    return new ScriptedOcr(SampleMaterials.sheet(type, CASE).text(), 90, 0);
  }
}
