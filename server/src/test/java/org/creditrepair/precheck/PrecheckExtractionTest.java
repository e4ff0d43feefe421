package org.creditrepair.precheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Classification, field extraction, numerals, dates, seals and the defect catalogue data. */
class PrecheckExtractionTest {
  private final FieldExtractor extractor = new FieldExtractor();

  @ParameterizedTest
  @CsvSource({
    "壹万贰仟元整, 12000.00",
    "叁佰元伍角, 300.50",
    "壹拾元整, 10.00",
    "贰仟零伍元整, 2005.00",
    "壹佰零叁万元整, 1030000.00",
    "伍万零陆佰元整, 50600.00",
    "壹亿贰仟万元整, 120000000.00",
    "零元玖角捌分, 0.98"
  })
  void should_parse_capital_amounts(String words, String value) {
    List<BigDecimal> amounts =
        extractor.extract(DocumentType.OTHER, List.of("金额（大写）：" + words)).amounts();
    assertEquals(List.of(new BigDecimal(value)), amounts);
  }

  @ParameterizedTest
  @CsvSource({"12000.00", "300.50", "2005.00", "1030000.00", "50600.00", "120000000.00", "10.00"})
  void should_write_and_read_back_capital_amounts(String value) {
    BigDecimal v = new BigDecimal(value);
    String words = ChineseAmounts.toCapital(v);
    assertEquals(
        List.of(v), extractor.extract(DocumentType.OTHER, List.of("金额：" + words)).amounts(), words);
  }

  @Test
  void should_find_dates_in_arabic_and_chinese_forms() {
    List<LocalDate> dates =
        ChineseDates.find(
                "2026年3月5日 2026-03-06 2026/3/7 2026.03.08 二〇二六年三月五日 二零二六年十二月三十一日 2026年13月40日")
            .stream()
            .map(ChineseDates.Found::date)
            .toList();
    assertEquals(
        List.of(
            LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 3, 6),
            LocalDate.of(2026, 3, 7),
            LocalDate.of(2026, 3, 8),
            LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 12, 31)),
        dates);
    assertEquals("二〇二六年三月五日", ChineseDates.toChinese(LocalDate.of(2026, 3, 5)));
  }

  @Test
  void should_validate_the_uscc_check_character() {
    String good = SampleMaterials.uscc(3);
    DocumentFields ok = extractor.extract(DocumentType.OTHER, List.of("统一社会信用代码：" + good + "\n"));
    assertEquals(good, ok.uscc());
    assertTrue(ok.usccValid());
    DocumentFields bad =
        extractor.extract(
            DocumentType.OTHER, List.of("统一社会信用代码：" + SampleMaterials.corruptUscc(good)));
    assertFalse(bad.usccValid());
    // an 18-digit ID number is not taken for a USCC
    assertNull(extractor.extract(DocumentType.OTHER, List.of("公民身份号码：330106199001011234")).uscc());
  }

  @Test
  void should_extract_decision_fields_and_signatures() {
    var c = SampleMaterials.sampleCase(SampleMaterials.party());
    String decision = SampleMaterials.sheet(DocumentType.PENALTY_DECISION, c).text();
    DocumentFields f = extractor.extract(DocumentType.PENALTY_DECISION, List.of(decision));
    assertEquals("杭市监处罚〔2025〕123号", f.decisionNo());
    assertEquals(0, new BigDecimal("12000").compareTo(f.fineAmount()));
    assertEquals(LocalDate.of(2025, 3, 5), f.decisionDate());
    assertEquals("张三", f.legalRepresentative());
    assertFalse(f.amountWordsMismatch());

    String letter = SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, c).text();
    DocumentFields l = extractor.extract(DocumentType.COMMITMENT_LETTER, List.of(letter));
    assertEquals(List.of(new DocumentFields.SignatureLine("法定代表人", "张三")), l.signatures());
    assertEquals(LocalDate.of(2025, 3, 20), l.documentDate());
    String ocrStyle = "法定代表人(BF) :张三\n委托人（签字）：\n";
    assertEquals(
        List.of(
            new DocumentFields.SignatureLine("法定代表人", "张三"),
            new DocumentFields.SignatureLine("委托人", null)),
        extractor.extract(DocumentType.OTHER, List.of(ocrStyle)).signatures());
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void should_classify_every_generated_document_type(DocumentType type) {
    var c = SampleMaterials.sampleCase(SampleMaterials.party());
    DocumentClassifier.Classification k =
        new DocumentClassifier().classify(SampleMaterials.sheet(type, c).text());
    assertEquals(type, k.type(), k.toString());
    if (type != DocumentType.OTHER) {
      assertFalse(k.evidence().isEmpty());
      assertTrue(k.score() > k.runnerUpScore());
    }
  }

  @Test
  void should_find_a_seal_but_not_a_red_title_line() {
    var c = SampleMaterials.sampleCase(SampleMaterials.party());
    var sheet = SampleMaterials.sheet(DocumentType.COMMITMENT_LETTER, c);
    SealDetector d = new SealDetector();
    var img = SampleMaterials.scan(sheet, 0, SampleMaterials.ScanOptions.clean(100));
    SealDetector.Result r = d.detect(img, 100);
    assertEquals(1, r.count());
    SealDetector.Seal s = r.seals().getFirst();
    assertTrue(s.width() > 100 && s.width() < 260, s.toString()); // ≈ 42 mm at 100 dpi = 165 px
    assertEquals(
        0,
        d.detect(
                SampleMaterials.scan(
                    sheet.withoutSeal(), 0, SampleMaterials.ScanOptions.clean(100)),
                100)
            .count());
    var g = img.createGraphics();
    g.setColor(new java.awt.Color(210, 20, 30));
    g.fillRect(50, 30, 700, 25);
    g.dispose();
    assertEquals(1, d.detect(img, 100).count());
  }

  @Test
  void should_load_the_defect_catalogue_with_sources() {
    DefectCatalogue cat = PrecheckFixtures.CATALOGUE;
    assertTrue(cat.all().size() >= 25);
    for (DefectCatalogue.Spec s : cat.all()) {
      assertTrue(s.code().id().startsWith("PRE-"));
      assertFalse(s.message().isBlank());
      assertFalse(s.hint().isBlank());
      if ("rule".equals(s.basis())) {
        assertTrue(s.source() != null && !s.verified(), s.code() + " cites an unofficial source");
      }
    }
  }

  @Test
  void should_measure_sharpness_and_orientation() {
    var c = SampleMaterials.sampleCase(SampleMaterials.party());
    var sheet = SampleMaterials.sheet(DocumentType.PENALTY_DECISION, c);
    var sharp =
        ImageOps.forMeasure(
            SampleMaterials.scan(sheet, 0, SampleMaterials.ScanOptions.clean(100)), 100);
    var blurred =
        ImageOps.forMeasure(
            SampleMaterials.scan(sheet, 0, SampleMaterials.ScanOptions.clean(100).blurred(3)), 100);
    assertTrue(ImageOps.sharpness(sharp) > ReaderSettings.DEFAULT.blurThreshold());
    assertTrue(ImageOps.sharpness(blurred) < ReaderSettings.DEFAULT.blurThreshold());
    assertFalse(ImageOps.sideways(sharp));
    assertTrue(ImageOps.sideways(ImageOps.rotate(sharp, 90)));
    assertEquals(0.0, CharacterErrorRate.of("统一社会信用代码：ABC", "统一社会信用代码: ABC"));
  }
}
