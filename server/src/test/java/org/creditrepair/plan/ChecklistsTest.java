package org.creditrepair.plan;

import static org.creditrepair.diagnosis.DiagnosisFixtures.ACME;
import static org.creditrepair.diagnosis.DiagnosisFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.DiagnosisFixtures;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.FindingStatus;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 材料清单去重：materials come from the MATERIALS rules applied to each record and platform; shareable
 * ones (营业执照) are listed once, record-specific ones once per record however many platforms. The
 * counts were worked out from the rule files (knowledge-base/rules) and the catalogue's {@code
 * shareable} flags.
 */
@DisplayName("材料清单")
class ChecklistsTest {
  private static final RepairServices SERVICES =
      RepairServices.load(KnowledgeBundle.fromClasspath(), List.of());
  private static final Enterprise DANDONG = new Enterprise("丹东某某商贸有限公司", null, "丹东");

  private final Checklists checklists = new Checklists(SERVICES.rules(), SERVICES.materials());

  private Checklists.Result build(Enterprise e, String asOf, CreditRecord... records) {
    Diagnosis d = SERVICES.engine().diagnose(e, List.of(records), LocalDate.parse(asOf));
    return checklists.build(d, List.of(records));
  }

  private static DiagnosisFixtures.Builder market(String id, String published) {
    return record(id, RecordType.ADMIN_PENALTY)
        .sanctions(Sanction.FINE)
        .authority("杭州市市场监督管理局")
        .decided(LocalDate.parse(published).minusDays(7).toString())
        .published(published);
  }

  private static Map<String, ChecklistItem> byId(Checklists.Result r) {
    return r.items().stream().collect(Collectors.toMap(ChecklistItem::materialId, i -> i));
  }

  @Test
  @DisplayName("两条处罚加一条经营异常名录：营业执照只列一份，决定书、缴款凭证每条记录一份")
  void should_list_the_business_licence_once_for_several_records() {
    // 公示系统处罚每条10项（申请书、营业执照、决定书、缴款凭证、承诺书 + 3项整改证明 + 2项委托材料），
    // 经营异常名录5项（补报年报记录、申请书、营业执照 + 2项委托材料）：去重前 10 + 10 + 5 = 25。
    CreditRecord p1 = market("p1", "2025-05-20").fulfilled("2025-05-25").on(Platform.GSXT).build();
    CreditRecord p2 = market("p2", "2025-06-10").fulfilled("2025-06-12").on(Platform.GSXT).build();
    CreditRecord a1 =
        record("a1", RecordType.ABNORMAL_OPERATION)
            .listed("2025-07-01")
            .fulfilled("2026-02-01")
            .build();
    Checklists.Result r = build(ACME, "2026-03-02", p1, p2, a1);

    assertEquals(25, r.before());
    // 去重后：申请书3 + 营业执照1 + 决定书2 + 缴款凭证2 + 承诺书2 + 整改证明3×2 + 委托书3 + 经办人身份证1 + 年报记录1 = 21
    assertEquals(21, r.after());
    assertEquals(11, r.items().size());
    Map<String, ChecklistItem> items = byId(r);
    ChecklistItem licence = items.get("MAT-BUSINESS-LICENSE-COPY");
    assertEquals(1, licence.copies());
    assertEquals(List.of("p1", "p2", "a1"), licence.forRecords());
    assertEquals(1, items.get("MAT-AGENT-ID-COPY").copies());
    assertEquals(2, items.get("MAT-PENALTY-DECISION").copies());
    assertEquals(List.of("p1", "p2"), items.get("MAT-FINE-RECEIPT").forRecords());
    assertEquals(2, items.get("MAT-FINE-RECEIPT").copies());
    assertEquals(3, items.get("MAT-REPAIR-APPLICATION-FORM").copies());
    assertEquals(3, items.get("MAT-POWER-OF-ATTORNEY").copies());
    assertEquals(List.of("a1"), items.get("MAT-ANNUAL-REPORT-FILED").forRecords());
    assertEquals("TPL-COMMITMENT-LETTER", items.get("MAT-COMMITMENT-LETTER").template());
    assertEquals(r.after(), r.items().stream().mapToInt(ChecklistItem::copies).sum());
  }

  @Test
  @DisplayName("同一条处罚在公示系统和信用中国：记录专属材料只列一份")
  void should_count_record_specific_materials_once_across_platforms() {
    // 公示系统10项；“信用中国”（36号令）5项：缴款凭证、承诺书 + 3项整改证明。去重前15。
    CreditRecord m1 = market("m1", "2026-01-05").fulfilled("2026-01-08").build();
    Diagnosis d = SERVICES.engine().diagnose(ACME, List.of(m1), LocalDate.parse("2026-06-01"));
    assertEquals(
        List.of(FindingStatus.REPAIRABLE_NOW, FindingStatus.NOT_YET),
        d.findings().stream().map(f -> f.status()).toList(),
        "信用中国 3个月已满；公示系统6个月未满（2026-07-06起）");
    Checklists.Result r = checklists.build(d, List.of(m1));

    assertEquals(15, r.before());
    assertEquals(10, r.after());
    assertEquals(10, r.items().size());
    ChecklistItem receipt = byId(r).get("MAT-FINE-RECEIPT");
    assertEquals(List.of("m1"), receipt.forRecords());
    assertEquals(1, receipt.copies());
    assertTrue(r.items().stream().allMatch(i -> i.copies() == 1));
  }

  @Test
  @DisplayName("到期自动停止、不能修复、走其他途径的记录不需要申请材料")
  void should_leave_out_records_that_need_no_application() {
    CreditRecord lowFine =
        market("e1", "2026-06-01")
            .sanctions(Sanction.LOW_FINE)
            .fulfilled("2026-06-02")
            .on(Platform.GSXT)
            .build();
    CreditRecord court = record("d1", RecordType.COURT_DEFAULTER).listed("2025-01-01").build();
    Checklists.Result r = build(ACME, "2026-11-24", lowFine, court);
    assertEquals(0, r.before());
    assertEquals(0, r.after());
    assertTrue(r.items().isEmpty());

    // 丹东第七条：严重失信不得修复（527号文施行前，没有最长期）
    CreditRecord serious =
        record("s1", RecordType.ADMIN_PENALTY)
            .severity(Severity.SERIOUS)
            .sanctions(Sanction.FINE)
            .authority("丹东市某局")
            .published("2018-10-15")
            .fulfilled("2018-10-20")
            .build();
    assertTrue(build(DANDONG, "2019-05-06", serious).items().isEmpty());
  }

  @Test
  @DisplayName("丹东办法第十二条的材料：查询报告已核实，其余未核实；没有来源的材料不出现")
  void should_take_materials_and_evidence_from_the_rules_applied() {
    CreditRecord r1 =
        record("r1", RecordType.ADMIN_PENALTY)
            .sanctions(Sanction.FINE)
            .authority("丹东市某局")
            .published("2018-10-15")
            .fulfilled("2018-10-20")
            .build();
    Checklists.Result r = build(DANDONG, "2019-05-06", r1);
    assertEquals(3, r.before());
    assertEquals(3, r.after());
    Map<String, ChecklistItem> items = byId(r);
    assertEquals(
        List.of(
            "MAT-REPAIR-APPLICATION-FORM",
            "MAT-CREDIT-QUERY-REPORT-DANDONG",
            "MAT-COMMITMENT-LETTER"),
        r.items().stream().map(ChecklistItem::materialId).toList());
    assertTrue(items.get("MAT-CREDIT-QUERY-REPORT-DANDONG").verified());
    assertFalse(items.get("MAT-COMMITMENT-LETTER").verified());
    assertFalse(items.get("MAT-COMMITMENT-LETTER").spec().isBlank());

    // 527号文·严重：只有专题培训证明和信用报告有来源（种子文件002），一般材料不编造
    CreditRecord serious =
        record("r2", RecordType.ADMIN_PENALTY)
            .severity(Severity.SERIOUS)
            .sanctions(Sanction.FINE)
            .authority("某市应急管理局")
            .published("2022-03-01")
            .fulfilled("2022-03-05")
            .build();
    Checklists.Result r527 = build(ACME, "2022-06-01", serious);
    assertEquals(
        List.of("MAT-TRAINING-CERT", "MAT-CREDIT-REPORT-AGENCY"),
        r527.items().stream().map(ChecklistItem::materialId).toList());
    assertEquals(2, r527.before());
    assertEquals(2, r527.after());
  }
}
