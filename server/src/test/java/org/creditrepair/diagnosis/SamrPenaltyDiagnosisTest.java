package org.creditrepair.diagnosis;

import static org.creditrepair.diagnosis.DiagnosisFixtures.ACME;
import static org.creditrepair.diagnosis.DiagnosisFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 市场监管行政处罚（总局令第45号）在国家企业信用信息公示系统上的诊断. */
class SamrPenaltyDiagnosisTest {
  private final DiagnosisEngine engine = DiagnosisFixtures.engine(TestCalendars.official());

  private Finding gsxt(LocalDate asOf, CreditRecord... records) {
    return engine.diagnose(ACME, List.of(records), asOf).findings().stream()
        .filter(f -> f.recordId().equals(records[0].id()) && f.platform() == Platform.GSXT)
        .findFirst()
        .orElseThrow();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "一般罚款、已缴清、公示已满6个月 → 现在可申请",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .authority("杭州市市场监督管理局")
                .decided("2025-05-10")
                .published("2025-05-20")
                .fulfilled("2025-05-25")
                .build(),
            "2026-11-24",
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2028-05-20"),
        Arguments.of(
            "一般罚款、已缴清、公示未满6个月 → 暂不能申请，公示满6个月后的下一个工作日起可申请",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .authority("杭州市市场监督管理局")
                .decided("2026-05-25")
                .published("2026-06-02")
                .fulfilled("2026-06-10")
                .build(),
            "2026-11-24",
            FindingStatus.NOT_YET,
            "2026-12-03",
            "2029-06-02"),
        Arguments.of(
            "食品领域罚款：最短公示期1年（未核实的规定）",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .domain("FOOD")
                .authority("市场监督管理局")
                .decided("2026-02-20")
                .published("2026-03-02")
                .fulfilled("2026-03-05")
                .build(),
            "2026-11-24",
            FindingStatus.NOT_YET,
            "2027-03-03",
            "2029-03-02"),
        Arguments.of(
            "仅较低数额罚款：公示3个月后自动停止，无需申请",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.LOW_FINE)
                .authority("市场监督管理局")
                .decided("2026-09-01")
                .published("2026-09-08")
                .fulfilled("2026-09-10")
                .build(),
            "2026-11-24",
            FindingStatus.AUTO_EXPIRES,
            null,
            "2026-12-08"),
        Arguments.of(
            "吊销许可证：不得提前停止公示，公示满3年自动停止",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE, Sanction.LICENSE_REVOKED)
                .authority("市场监督管理局")
                .decided("2025-03-10")
                .published("2025-03-17")
                .fulfilled("2025-03-20")
                .build(),
            "2026-11-24",
            FindingStatus.AUTO_EXPIRES,
            null,
            "2028-03-17"),
        Arguments.of(
            "罚款未缴纳：暂不能申请，障碍为未履行义务",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .authority("市场监督管理局")
                .decided("2025-01-06")
                .published("2025-01-13")
                .unfulfilled()
                .build(),
            "2026-11-24",
            FindingStatus.NOT_YET,
            null,
            "2028-01-13"),
        Arguments.of(
            "公示满3年且已履行：应已停止公示，核对平台",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .authority("市场监督管理局")
                .decided("2022-05-10")
                .published("2022-05-16")
                .fulfilled("2022-05-20")
                .build(),
            "2026-11-24",
            FindingStatus.AUTO_EXPIRES,
            null,
            "2025-05-16"),
        Arguments.of(
            "仅警告：不予公示，不属于信用修复事项",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.WARNING)
                .authority("市场监督管理局")
                .decided("2026-08-03")
                .build(),
            "2026-11-24",
            FindingStatus.NOT_APPLICABLE,
            null,
            null),
        Arguments.of(
            "总局令第45号施行前（2021-09-01前）：未收录当时的规则",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .on(Platform.GSXT)
                .decided("2021-06-01")
                .published("2021-06-08")
                .fulfilled("2021-06-10")
                .build(),
            "2021-08-31",
            FindingStatus.NOT_APPLICABLE,
            null,
            null),
        Arguments.of(
            "总局令第45号施行当日（2021-09-01）：适用新规",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .on(Platform.GSXT)
                .decided("2021-06-01")
                .published("2021-06-08")
                .fulfilled("2021-06-10")
                .build(),
            "2021-09-01",
            FindingStatus.NOT_YET,
            "2021-12-09",
            "2024-06-08"),
        Arguments.of(
            "未提供公示日期：按决定日期估算",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .authority("市场监督管理局")
                .decided("2025-04-08")
                .fulfilled("2025-04-10")
                .build(),
            "2026-11-24",
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2028-04-08"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judges_market_regulation_penalties(
      String name,
      CreditRecord r,
      String asOf,
      FindingStatus status,
      String earliest,
      String autoEnd) {
    Finding f = gsxt(LocalDate.parse(asOf), r);
    assertEquals(status, f.status(), () -> name + " " + f);
    assertEquals(earliest == null ? null : LocalDate.parse(earliest), f.earliestDate(), name);
    assertEquals(autoEnd == null ? null : LocalDate.parse(autoEnd), f.autoEndDate(), name);
    if (status != FindingStatus.NOT_APPLICABLE || !f.ruleIds().isEmpty()) {
      assertFalse(f.citations().isEmpty(), "cited: " + name);
    }
  }

  @Test
  @DisplayName("跨记录：在经营异常名录中时不能提前停止公示处罚信息，须先移出名录（第十四条）")
  void penalty_cannot_end_early_while_on_the_abnormal_list() {
    CreditRecord penalty =
        record("p1", RecordType.ADMIN_PENALTY)
            .sanctions(Sanction.FINE)
            .authority("市场监督管理局")
            .decided("2025-05-10")
            .published("2025-05-20")
            .fulfilled("2025-05-25")
            .build();
    CreditRecord abnormal =
        record("a1", RecordType.ABNORMAL_OPERATION).listed("2025-07-01").unfulfilled().build();
    Finding f = gsxt(LocalDate.parse("2026-11-24"), penalty, abnormal);
    assertEquals(FindingStatus.NOT_YET, f.status());
    assertTrue(f.blockers().stream().anyMatch(b -> b.code().equals("ON_ABNORMAL_LIST")));
    assertTrue(
        f.citations().stream()
            .anyMatch(
                c ->
                    "第十四条".equals(c.article())
                        && c.docTitle().equals("市场监督管理行政处罚信息公示规定")
                        && c.verified()));
  }

  @Test
  @DisplayName("跨记录：之后又因同类违法被处罚，不能提前停止公示，只能等公示期满")
  void repeat_violation_blocks_early_end() {
    CreditRecord first =
        record("p1", RecordType.ADMIN_PENALTY)
            .sanctions(Sanction.FINE)
            .domain("FOOD")
            .authority("市场监督管理局")
            .decided("2024-05-10")
            .published("2024-05-20")
            .fulfilled("2024-05-25")
            .build();
    CreditRecord second =
        record("p2", RecordType.ADMIN_PENALTY)
            .sanctions(Sanction.FINE)
            .domain("FOOD")
            .authority("市场监督管理局")
            .decided("2025-08-10")
            .published("2025-08-20")
            .fulfilled("2025-08-25")
            .build();
    Finding f = gsxt(LocalDate.parse("2026-11-24"), first, second);
    assertTrue(
        f.blockers().stream().anyMatch(b -> b.code().equals("REPEAT_VIOLATION")), f.toString());
    // the repeat can't be undone: no early end ever, publicity stops at 3 years (第十三条)
    assertEquals(FindingStatus.AUTO_EXPIRES, f.status());
    assertEquals(LocalDate.parse("2027-05-20"), f.autoEndDate());
  }

  @Test
  @DisplayName("依据未核实的规则（最短公示期）时，结论注明并列出规则编号")
  void unverified_rules_are_flagged() {
    CreditRecord r =
        record("r1", RecordType.ADMIN_PENALTY)
            .sanctions(Sanction.FINE)
            .authority("市场监督管理局")
            .decided("2026-05-25")
            .published("2026-06-02")
            .fulfilled("2026-06-10")
            .build();
    Finding f = gsxt(LocalDate.parse("2026-11-24"), r);
    assertTrue(f.unverifiedRules().contains("RULE-SAMR-REPAIR-MIN-6M"));
    assertTrue(f.notes().stream().anyMatch(n -> n.contains("以认定部门最新规定为准")));
    assertNull(
        f.blockers().stream()
            .filter(b -> b.code().equals("OBLIGATION_NOT_FULFILLED"))
            .findAny()
            .orElse(null));
  }
}
