package org.creditrepair.diagnosis;

import static org.creditrepair.diagnosis.DiagnosisFixtures.ACME;
import static org.creditrepair.diagnosis.DiagnosisFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 诊断规则表：record type × regime × sanction × dates × cross-record, each case asserting status, dates,
 * blockers and the regime applied. Expected dates were worked out by hand from the rule files and
 * the official holiday calendar (民法典第二百零一条、第二百零三条), independently of the engine.
 */
class DiagnosisTableTest {
  private static final Enterprise DANDONG = new Enterprise("丹东某某商贸有限公司", null, "丹东");
  private final DiagnosisEngine engine = DiagnosisFixtures.engine(TestCalendars.official());

  /**
   * One row: the enterprise, its records, the as-of date, which finding to check and what it must
   * say. {@code blockers} must all be present; {@code regime} must be contained in the regime name.
   */
  record Case(
      String name,
      Enterprise enterprise,
      List<CreditRecord> records,
      String asOf,
      Platform platform,
      FindingStatus status,
      String earliest,
      String autoEnd,
      List<String> blockers,
      String regime) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(
      String name,
      CreditRecord r,
      String asOf,
      Platform p,
      FindingStatus s,
      String earliest,
      String autoEnd,
      String regime,
      String... blockers) {
    return new Case(
        name, ACME, List.of(r), asOf, p, s, earliest, autoEnd, List.of(blockers), regime);
  }

  private static Case dandong(
      String name,
      CreditRecord r,
      String asOf,
      FindingStatus s,
      String earliest,
      String autoEnd,
      String regime,
      String... blockers) {
    return new Case(
        name,
        DANDONG,
        List.of(r),
        asOf,
        Platform.CREDIT_CHINA,
        s,
        earliest,
        autoEnd,
        List.of(blockers),
        regime);
  }

  /** A penalty by a non-market authority: published on 信用中国 only. */
  private static DiagnosisFixtures.Builder cc(String published) {
    return record("r1", RecordType.ADMIN_PENALTY)
        .sanctions(Sanction.FINE)
        .authority("某市应急管理局")
        .decided(LocalDate.parse(published).minusDays(7).toString())
        .published(published);
  }

  private static DiagnosisFixtures.Builder gsxt(String published) {
    return record("r1", RecordType.ADMIN_PENALTY)
        .sanctions(Sanction.FINE)
        .authority("杭州市市场监督管理局")
        .decided(LocalDate.parse(published).minusDays(7).toString())
        .published(published);
  }

  static Stream<Case> creditChina() {
    String r527 = "527号";
    String r58 = "2023年第58号";
    String r36 = "2025年第36号";
    return Stream.of(
        c(
            "信用中国·527号文·一般：公示满3个月且已履行 → 现在可申请",
            cc("2021-10-15").fulfilled("2021-10-20").build(),
            "2022-03-01",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2022-10-15",
            r527),
        c(
            "信用中国·527号文·一般：未满3个月 → 满3个月后的下一个工作日起可申请",
            cc("2022-01-20").fulfilled("2022-01-25").build(),
            "2022-03-01",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2022-04-21",
            "2023-01-20",
            r527,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "信用中国·527号文·严重：2023-04-30（旧规最后一日）最短6个月已满 → 现在可申请",
            cc("2022-09-01").severity(Severity.SERIOUS).fulfilled("2022-09-05").build(),
            "2023-04-30",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2025-09-01",
            r527),
        c(
            "信用中国·58号令·严重：2023-05-01（新规施行日）最短期改为1年 → 暂不能申请",
            cc("2022-09-01").severity(Severity.SERIOUS).fulfilled("2022-09-05").build(),
            "2023-05-01",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2023-09-04",
            "2025-09-01",
            r58,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "信用中国·58号令·轻微按一般处理：2026-03-31最短3个月",
            cc("2026-02-10").severity(Severity.MINOR).fulfilled("2026-02-11").build(),
            "2026-03-31",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2026-05-11",
            "2027-02-10",
            r58,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "信用中国·36号令·轻微：2026-04-01起履行即可申请，最长公示3个月",
            cc("2026-02-10").severity(Severity.MINOR).fulfilled("2026-02-11").build(),
            "2026-04-01",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2026-05-10",
            r36),
        c(
            "信用中国·36号令·仅通报批评按轻微处理",
            cc("2026-05-20")
                .sanctions(Sanction.CIRCULATED_CRITICISM)
                .fulfilled("2026-05-20")
                .build(),
            "2026-06-01",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2026-08-20",
            r36),
        c(
            "信用中国·36号令·责令停产停业按严重处理：最短1年、最长3年",
            cc("2026-05-06")
                .sanctions(Sanction.FINE, Sanction.SUSPENSION)
                .fulfilled("2026-05-08")
                .build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2027-05-07",
            "2029-05-06",
            r36,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "信用中国·36号令·一般：罚款未缴 → 暂不能申请，障碍为未履行义务",
            cc("2026-04-15").unfulfilled().build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            null,
            "2027-04-15",
            r36,
            "OBLIGATION_NOT_FULFILLED"),
        c(
            "信用中国·36号令·一般：最长1年已满且已履行 → 应已自动停止公示",
            cc("2025-05-10").fulfilled("2025-05-12").build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2026-05-10",
            r36),
        c(
            "信用中国·36号令·一般：最长期已满但未履行 → 不会自动停止，先履行义务",
            cc("2025-05-10").unfulfilled().build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            null,
            "2026-05-10",
            r36,
            "OBLIGATION_NOT_FULFILLED"),
        c(
            "信用中国·2019-06-30（527号文施行前）：未收录当时的规则",
            cc("2019-01-10").fulfilled("2019-01-15").build(),
            "2019-06-30",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "",
            "NO_RULE_FOR_DATE"),
        c(
            "信用中国·2019-07-01（527号文施行日）：适用527号文",
            cc("2019-01-10").fulfilled("2019-01-15").build(),
            "2019-07-01",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2020-01-10",
            r527),
        c(
            "信用中国·36号令·未提供任何日期 → 缺少日期，无法计算",
            record("r1", RecordType.ADMIN_PENALTY)
                .sanctions(Sanction.FINE)
                .authority("某市应急管理局")
                .fulfilled("2026-05-01")
                .build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            null,
            null,
            r36,
            "MISSING_DATE"));
  }

  static Stream<Case> dandongCases() {
    String dd = "丹东";
    return Stream.of(
        dandong(
            "丹东试行办法：3年内已修复过同类信息 → 不予修复（第十条）",
            cc("2019-10-10")
                .fulfilled("2019-10-12")
                .prior(RecordType.ADMIN_PENALTY, "2018-08-01")
                .build(),
            "2020-06-01",
            FindingStatus.NOT_YET,
            null,
            "2020-10-10",
            dd,
            "SAME_TYPE_REPAIRED_WITHIN_3_YEARS"),
        dandong(
            "丹东试行办法：3年内已修复2次 → 不予修复（第十条）",
            cc("2019-10-10")
                .fulfilled("2019-10-12")
                .prior(RecordType.TAX_CREDIT_D, "2018-03-01")
                .prior(RecordType.ABNORMAL_OPERATION, "2019-01-01")
                .build(),
            "2020-06-01",
            FindingStatus.NOT_YET,
            null,
            "2020-10-10",
            dd,
            "TWO_REPAIRS_WITHIN_3_YEARS"),
        dandong(
            "丹东试行办法：最短6个月长于527号文的3个月，取较长者",
            cc("2019-12-20").fulfilled("2019-12-25").build(),
            "2020-03-25",
            FindingStatus.NOT_YET,
            "2020-06-22",
            "2020-12-20",
            dd,
            "MINIMUM_PERIOD_NOT_REACHED"),
        dandong(
            "丹东试行办法：严重失信不得修复（第七条），到期自动停止",
            cc("2019-10-10").severity(Severity.SERIOUS).fulfilled("2019-10-12").build(),
            "2020-06-01",
            FindingStatus.AUTO_EXPIRES,
            null,
            "2022-10-10",
            dd,
            "SERIOUS_DISHONESTY_NOT_REPAIRABLE"),
        dandong(
            "丹东试行办法有效期最后一日（2021-02-28）：最短6个月",
            cc("2020-12-01").fulfilled("2020-12-02").build(),
            "2021-02-28",
            FindingStatus.NOT_YET,
            "2021-06-02",
            "2021-12-01",
            dd,
            "MINIMUM_PERIOD_NOT_REACHED"),
        dandong(
            "丹东试行办法届满次日（2021-03-01）：只适用527号文的3个月",
            cc("2020-12-01").fulfilled("2020-12-02").build(),
            "2021-03-01",
            FindingStatus.NOT_YET,
            "2021-03-02",
            "2021-12-01",
            "527号",
            "MINIMUM_PERIOD_NOT_REACHED"));
  }

  static Stream<Case> marketRegulation() {
    String r45 = "总局令第45号";
    return Stream.of(
        c(
            "公示系统·降低资质等级：不得提前停止公示，满3年自动停止",
            gsxt("2025-03-17")
                .sanctions(Sanction.FINE, Sanction.QUALIFICATION_DOWNGRADE)
                .fulfilled("2025-03-20")
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2028-03-17",
            r45,
            "SANCTION_BARS_EARLY_END"),
        c(
            "公示系统·较低数额罚款：3个月已满，应已停止公示",
            gsxt("2026-06-01").sanctions(Sanction.LOW_FINE).fulfilled("2026-06-02").build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2026-09-01",
            r45),
        c(
            "公示系统·消防领域：最短1年（未核实）",
            gsxt("2026-03-02").domain("FIRE_SAFETY").fulfilled("2026-03-05").build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2027-03-03",
            "2029-03-02",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "公示系统·月末公示：5月31日起6个月止于11月30日",
            gsxt("2026-05-31").fulfilled("2026-06-01").build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2026-12-01",
            "2029-05-31",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "公示系统·闰日公示：2024-02-29起1年止于2025-02-28（周五），次一工作日为3月3日",
            gsxt("2024-02-29").domain("FOOD").fulfilled("2024-03-01").build(),
            "2025-03-01",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2025-03-03",
            "2027-02-28",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "公示系统·期满日逢国庆假期：顺延至节后第一个工作日",
            gsxt("2026-04-01").fulfilled("2026-04-03").build(),
            "2026-09-15",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2026-10-08",
            "2029-04-01",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "公示系统·期满日在2027年（节假日安排未公布）：按周末推算",
            gsxt("2026-07-31").fulfilled("2026-08-03").build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2027-02-01",
            "2029-07-31",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "公示系统·同一处罚也在信用中国：36号令一般类最短3个月已满",
            gsxt("2026-06-01").fulfilled("2026-06-02").build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2027-06-01",
            "2025年第36号"));
  }

  static Stream<Case> listsAndOtherTypes() {
    return Stream.of(
        c(
            "经营异常名录·2024年条例：未补报年报 → 先消除列入原因",
            record("r1", RecordType.ABNORMAL_OPERATION)
                .authority("杭州市西湖区市场监督管理局")
                .listed("2025-07-01")
                .unfulfilled()
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            null,
            null,
            "2024",
            "CAUSE_NOT_CURED"),
        c(
            "经营异常名录·2024年条例：已补报 → 现在可申请移出",
            record("r1", RecordType.ABNORMAL_OPERATION)
                .listed("2025-07-01")
                .fulfilled("2026-03-01")
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            null,
            "2024"),
        c(
            "经营异常名录·2024-04-30：适用2014年条例",
            record("r1", RecordType.ABNORMAL_OPERATION)
                .listed("2023-07-01")
                .fulfilled("2024-03-01")
                .build(),
            "2024-04-30",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            null,
            "2014"),
        c(
            "经营异常名录·2024-05-01：适用2024年条例",
            record("r1", RecordType.ABNORMAL_OPERATION)
                .listed("2023-07-01")
                .fulfilled("2024-03-01")
                .build(),
            "2024-05-01",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            null,
            "2024"),
        c(
            "严重违法失信名单·2021-08-31：只有2014年条例（5年，无提前移出）",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2020-03-01")
                .fulfilled("2020-06-01")
                .build(),
            "2021-08-31",
            Platform.GSXT,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2025-03-01",
            "2014"),
        c(
            "严重违法失信名单·2021-09-01：改用44号令，满1年可申请提前移出、满3年移出（未核实）",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2020-03-01")
                .fulfilled("2020-06-01")
                .build(),
            "2021-09-01",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2023-03-01",
            "44号"),
        c(
            "严重违法失信名单·2024-04-30：两规并存期间本库只用44号令（见规则文件说明），期限3年",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2022-01-10")
                .fulfilled("2022-03-01")
                .build(),
            "2024-04-30",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2025-01-10",
            "44号"),
        c(
            "严重违法失信名单：列入未满1年 → 暂不能申请",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2026-03-10")
                .fulfilled("2026-05-01")
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2027-03-11",
            "2029-03-10",
            "44号",
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "严重违法失信名单：义务未履行 → 障碍为未履行",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2024-03-10")
                .unfulfilled()
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            null,
            "2027-03-10",
            "44号",
            "OBLIGATION_NOT_FULFILLED"),
        c(
            "纳税信用D级·2025-06-30：2025年第12号公告施行前，未收录规则",
            record("r1", RecordType.TAX_CREDIT_D).fulfilled("2024-12-15").build(),
            "2025-06-30",
            Platform.TAX,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "",
            "NO_RULE_FOR_DATE"),
        c(
            "纳税信用D级·2025-07-01：直接判D，纠正后满12个月",
            record("r1", RecordType.TAX_CREDIT_D).fulfilled("2024-12-15").build(),
            "2025-07-01",
            Platform.TAX,
            FindingStatus.NOT_YET,
            "2025-12-16",
            null,
            "纳税",
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
            "纳税信用D级·因关联被判D：纠正后满6个月",
            record("r1", RecordType.TAX_CREDIT_D)
                .domain("TAX_D_BY_ASSOCIATION")
                .fulfilled("2024-12-15")
                .build(),
            "2025-07-01",
            Platform.TAX,
            FindingStatus.REPAIRABLE_NOW,
            null,
            null,
            "纳税"),
        c(
            "纳税信用D级：未纠正 → 暂不能申请",
            record("r1", RecordType.TAX_CREDIT_D).unfulfilled().build(),
            "2026-11-24",
            Platform.TAX,
            FindingStatus.NOT_YET,
            null,
            null,
            "纳税",
            "OBLIGATION_NOT_FULFILLED"),
        c(
            "重大税收违法失信主体：没有来源的期限，不编造 → 请向税务机关咨询",
            record("r1", RecordType.TAX_MAJOR_VIOLATION).listed("2025-01-01").build(),
            "2026-11-24",
            Platform.TAX,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "",
            "NO_RULE_FOR_DATE"),
        c(
            "严重失信主体名单·2026-03-31：36号令施行前未收录规则",
            record("r1", RecordType.SERIOUS_DISHONEST_ENTITY)
                .listed("2025-06-01")
                .fulfilled("2025-09-01")
                .build(),
            "2026-03-31",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "",
            "NO_RULE_FOR_DATE"),
        c(
            "严重失信主体名单·2026-04-01：已纠正 → 可向认定部门申请（期限以认定部门为准）",
            record("r1", RecordType.SERIOUS_DISHONEST_ENTITY)
                .listed("2025-06-01")
                .fulfilled("2025-09-01")
                .build(),
            "2026-04-01",
            Platform.CREDIT_CHINA,
            FindingStatus.REPAIRABLE_NOW,
            null,
            null,
            "36号"),
        c(
            "严重失信主体名单：未纠正 → 暂不能申请",
            record("r1", RecordType.SERIOUS_DISHONEST_ENTITY)
                .listed("2025-06-01")
                .unfulfilled()
                .build(),
            "2026-11-24",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            null,
            null,
            "36号",
            "OBLIGATION_NOT_FULFILLED"),
        new Case(
            "严重失信主体名单·丹东试行办法期间：不得修复（第七条）",
            DANDONG,
            List.of(
                record("r1", RecordType.SERIOUS_DISHONEST_ENTITY)
                    .listed("2019-06-01")
                    .fulfilled("2019-09-01")
                    .build()),
            "2020-06-01",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_REPAIRABLE,
            null,
            null,
            List.of("SERIOUS_DISHONESTY_NOT_REPAIRABLE"),
            "丹东"),
        c(
            "失信被执行人·2017-04-30：2013年规定，不属于信用修复，履行后由法院删除",
            record("r1", RecordType.COURT_DEFAULTER).listed("2016-05-01").build(),
            "2017-04-30",
            Platform.COURT,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "2013"),
        c(
            "失信被执行人·2017-05-01：2017年修正（未核实）",
            record("r1", RecordType.COURT_DEFAULTER).listed("2016-05-01").build(),
            "2017-05-01",
            Platform.COURT,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "2017"),
        c(
            "征信不良记录：不能“修复”，错误信息走异议",
            record("r1", RecordType.CREDIT_REPORT).build(),
            "2026-11-24",
            Platform.PBOC,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "征信"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"creditChina", "dandongCases", "marketRegulation", "listsAndOtherTypes"})
  void judges(Case k) {
    Diagnosis d = engine.diagnose(k.enterprise(), k.records(), LocalDate.parse(k.asOf()));
    Finding f =
        d.findings().stream()
            .filter(x -> x.recordId().equals("r1") && x.platform() == k.platform())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no finding on " + k.platform() + ": " + d));
    assertEquals(k.status(), f.status(), () -> k.name() + " → " + f);
    assertEquals(date(k.earliest()), f.earliestDate(), () -> "earliestDate " + f);
    assertEquals(date(k.autoEnd()), f.autoEndDate(), () -> "autoEndDate " + f);
    for (String b : k.blockers()) {
      assertTrue(
          f.blockers().stream().anyMatch(x -> x.code().equals(b)), () -> b + " missing: " + f);
    }
    assertTrue(f.regime().contains(k.regime()), () -> "regime " + f.regime());
    if (!k.blockers().contains("NO_RULE_FOR_DATE")) {
      assertFalse(f.citations().isEmpty(), "every judged finding cites its sources");
      assertFalse(f.regime().isBlank(), "the regime applied is named");
    }
    if (!f.unverifiedRules().isEmpty()) {
      assertTrue(f.notes().stream().anyMatch(n -> n.contains("尚未核实")), f::toString);
    }
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
