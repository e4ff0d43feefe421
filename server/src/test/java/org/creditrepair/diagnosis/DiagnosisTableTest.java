package org.creditrepair.diagnosis;

import static org.creditrepair.diagnosis.DiagnosisFixtures.ACME;
import static org.creditrepair.diagnosis.DiagnosisFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 诊断规则表：record type × regime × sanction × dates × cross-record, each case asserting status, dates,
 * the exact blockers and the regime applied. Expected dates were worked out by hand from the rule
 * files and the official holiday calendar (knowledge-base/calendar), independently of the engine: a
 * period starts the day after the event and ends on the corresponding day of the last month, or on
 * its last day when there is none (民法典第二百零一条、第二百零二条); an application can be made from the first
 * working day after the minimum period's last day. Both sides of every regime boundary are covered:
 * 2019-07-01, 2021-09-01, 2023-05-01, 2024-05-01, 2025-06-22, 2025-07-01, 2026-04-01, and the 丹东
 * trial (2019-03-01 → 2021-02-28). Dates in 2027 and later rest on weekends only and must say so.
 */
@DisplayName("诊断规则表")
class DiagnosisTableTest {
  private static final Enterprise DANDONG = new Enterprise("丹东某某商贸有限公司", null, "丹东");
  private final DiagnosisEngine engine = DiagnosisFixtures.engine(TestCalendars.official());

  /**
   * One row: the enterprise, its records (the judged one has id {@code r1}), the as-of date, which
   * finding to check and what it must say. {@code blockers} is the exact set of blocker codes;
   * {@code regime} must be contained in the regime name and {@code notRegime} (when set) must not;
   * every string of {@code notes} must occur in a note, none of {@code absentNotes} may.
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
      String regime,
      String notRegime,
      List<String> notes,
      List<String> absentNotes) {
    Case(
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
      this(
          name,
          enterprise,
          records,
          asOf,
          platform,
          status,
          earliest,
          autoEnd,
          blockers,
          regime,
          null,
          List.of(),
          List.of());
    }

    /** The regime name must not contain {@code r}. */
    Case notRegime(String r) {
      return new Case(
          name,
          enterprise,
          records,
          asOf,
          platform,
          status,
          earliest,
          autoEnd,
          blockers,
          regime,
          r,
          notes,
          absentNotes);
    }

    /** Some note must contain {@code n}. */
    Case note(String n) {
      return new Case(
          name,
          enterprise,
          records,
          asOf,
          platform,
          status,
          earliest,
          autoEnd,
          blockers,
          regime,
          notRegime,
          plus(notes, n),
          absentNotes);
    }

    /** No note may contain {@code n}. */
    Case noNote(String n) {
      return new Case(
          name,
          enterprise,
          records,
          asOf,
          platform,
          status,
          earliest,
          autoEnd,
          blockers,
          regime,
          notRegime,
          notes,
          plus(absentNotes, n));
    }

    /** The enterprise's other records, judged together with {@code r1}. */
    Case with(CreditRecord... others) {
      List<CreditRecord> all = new java.util.ArrayList<>(records);
      all.addAll(List.of(others));
      return new Case(
          name,
          enterprise,
          all,
          asOf,
          platform,
          status,
          earliest,
          autoEnd,
          blockers,
          regime,
          notRegime,
          notes,
          absentNotes);
    }

    private static List<String> plus(List<String> l, String s) {
      return Stream.concat(l.stream(), Stream.of(s)).toList();
    }

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
    return cc("r1", published);
  }

  private static DiagnosisFixtures.Builder cc(String id, String published) {
    return record(id, RecordType.ADMIN_PENALTY)
        .sanctions(Sanction.FINE)
        .authority("某市应急管理局")
        .decided(LocalDate.parse(published).minusDays(7).toString())
        .published(published);
  }

  private static DiagnosisFixtures.Builder gsxt(String published) {
    return gsxt("r1", published);
  }

  /** A penalty by market regulation: published on the 公示系统 and on 信用中国. */
  private static DiagnosisFixtures.Builder gsxt(String id, String published) {
    return record(id, RecordType.ADMIN_PENALTY)
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
                "纳税信用D级：未纠正 → 暂不能申请（观察期自纠正之日起算，尚未开始，不报缺少日期）",
                record("r1", RecordType.TAX_CREDIT_D).unfulfilled().build(),
                "2026-11-24",
                Platform.TAX,
                FindingStatus.NOT_YET,
                null,
                null,
                "纳税",
                "OBLIGATION_NOT_FULFILLED")
            .note("纠正失信行为后连续12个月"),
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

  /** Both sides of the 国办发〔2025〕22号 and 36号令 boundaries, and classes that change with them. */
  static Stream<Case> regimeBoundaries() {
    String r58 = "2023年第58号";
    String r36 = "2025年第36号";
    return Stream.of(
        // 58号令一般类：2025-03-03 公示，满3个月的最后一日为 2025-06-03（周二），次日 06-04 起可申请，
        // 早于诊断日；最长1年止于 2026-03-03。22号文 2025-06-22 才实施，前一日不得列为适用规则。
        c(
                "信用中国·2025-06-21（国办发〔2025〕22号实施前一日）：只适用58号令",
                cc("2025-03-03").fulfilled("2025-03-05").build(),
                "2025-06-21",
                Platform.CREDIT_CHINA,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2026-03-03",
                r58)
            .notRegime("22号")
            .noNote("两书同达"),
        // 同一记录次日：期限仍按58号令（22号文不改期限），办理途径改为22号文的免费、“两书同达”说明。
        c(
                "信用中国·2025-06-22（国办发〔2025〕22号实施日）：58号令期限加22号文的免费、两书同达",
                cc("2025-03-03").fulfilled("2025-03-05").build(),
                "2025-06-22",
                Platform.CREDIT_CHINA,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2026-03-03",
                "国办发〔2025〕22号")
            .note("两书同达")
            .note("禁止有偿删除"),
        // 58号令只有“一般”“严重”两类且严重须由申请人标明：仅凭责令停产停业不归严重，按一般3个月。
        // 2026-01-05 + 3个月 = 2026-04-05（清明假期 04-04—04-06），其后第一个工作日 04-07（周二）。
        c(
            "信用中国·2026-03-31（58号令最后一日）：责令停产停业未标严重，按一般处理，最短3个月",
            cc("2026-01-05")
                .sanctions(Sanction.FINE, Sanction.SUSPENSION)
                .fulfilled("2026-01-08")
                .build(),
            "2026-03-31",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2026-04-07",
            "2027-01-05",
            r58,
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 36号令按处罚种类把责令停产停业归入严重：最短1年止于 2027-01-05（周二），次日 01-06；
        // 2027年节假日安排未公布，须注明按周末推算。最长3年止于 2029-01-05。
        c(
                "信用中国·2026-04-01（36号令施行日）：责令停产停业属严重，最短1年、最长3年",
                cc("2026-01-05")
                    .sanctions(Sanction.FINE, Sanction.SUSPENSION)
                    .fulfilled("2026-01-08")
                    .build(),
                "2026-04-01",
                Platform.CREDIT_CHINA,
                FindingStatus.NOT_YET,
                "2027-01-06",
                "2029-01-05",
                r36,
                "MINIMUM_PERIOD_NOT_REACHED")
            .notRegime(r58)
            .note("2027年节假日安排尚未公布"),
        // 2026-02-10 公示的轻微处罚：58号令最后一日按一般 3 个月（止于 05-10 周日，05-11 周一起可申请）；
        // 已有 DiagnosisTableTest 行覆盖；此处对照 36号令施行后同一记录的最长3个月（止于 2026-05-10），
        // 在 2026-06-01 已届满且义务已履行 → 应已自动停止公示。
        c(
            "信用中国·36号令·轻微：最长3个月已满且已履行 → 应已停止公示",
            cc("2026-02-10").severity(Severity.MINOR).fulfilled("2026-02-11").build(),
            "2026-06-01",
            Platform.CREDIT_CHINA,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2026-05-10",
            r36));
  }

  /**
   * Month ends, leap years, holiday shifts and years whose holiday schedule is not yet published.
   */
  static Stream<Case> calendarEdges() {
    String r58 = "2023年第58号";
    String r36 = "2025年第36号";
    String r45 = "总局令第45号";
    String provisional = "节假日安排尚未公布";
    return Stream.of(
        // 2023-11-30 + 3个月：2024年2月没有30日，以月末 02-29（闰年，周四）为最后一日；次日 03-01（周五）。
        c(
            "信用中国·58号令·闰年月末：2023-11-30起3个月止于2024-02-29，3月1日起可申请",
            cc("2023-11-30").fulfilled("2023-12-05").build(),
            "2024-01-15",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2024-03-01",
            "2024-11-30",
            r58,
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 2025-11-30 + 3个月 = 2026-02-28（月末，周六，但为春节调休上班日）；其后第一个工作日：
        // 03-01 周日休息，03-02（周一）。
        c(
            "信用中国·58号令·期满日为调休上班的周六（2026-02-28），次一工作日3月2日起可申请",
            cc("2025-11-30").fulfilled("2025-12-01").build(),
            "2026-01-10",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2026-03-02",
            "2026-11-30",
            r58,
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 2025-11-18 + 3个月 = 2026-02-18（春节假期 02-15—02-23 内），节后第一个工作日 02-24（周二）。
        c(
            "信用中国·58号令·期满日在春节假期：顺延至节后第一个工作日2月24日",
            cc("2025-11-18").fulfilled("2025-11-20").build(),
            "2026-01-05",
            Platform.CREDIT_CHINA,
            FindingStatus.NOT_YET,
            "2026-02-24",
            "2026-11-18",
            r58,
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 2026-06-30 + 3个月 = 2026-09-30（周三，工作日）；次日起国庆假期 10-01—10-07，故 10-08（周四）。
        // 最长期止于 2027-06-30，不移动、不依赖2027年日历，故不得注明“尚未公布”。
        c(
                "信用中国·36号令·期满日为国庆前最后一个工作日：10月8日起可申请",
                cc("2026-06-30").fulfilled("2026-07-02").build(),
                "2026-08-01",
                Platform.CREDIT_CHINA,
                FindingStatus.NOT_YET,
                "2026-10-08",
                "2027-06-30",
                r36,
                "MINIMUM_PERIOD_NOT_REACHED")
            .noNote(provisional),
        // 严重类最短1年：2026-06-20 + 1年 = 2027-06-20（周日）；2027年只按周末推算，次一工作日 06-21（周一）。
        c(
                "信用中国·36号令·严重：可申请日在2027年（节假日安排未公布），按周末推算并注明",
                cc("2026-06-20").severity(Severity.SERIOUS).fulfilled("2026-06-22").build(),
                "2026-12-01",
                Platform.CREDIT_CHINA,
                FindingStatus.NOT_YET,
                "2027-06-21",
                "2029-06-20",
                r36,
                "MINIMUM_PERIOD_NOT_REACHED")
            .note("2027年" + provisional),
        // 诊断日本身在2027年：2026-12-15 + 3个月 = 2027-03-15（周一），次日 03-16（周二），照常给出。
        c(
                "信用中国·36号令·诊断日在2027年（日历未公布）：照常诊断、不报错，日期注明按周末推算",
                cc("2026-12-15").fulfilled("2026-12-16").build(),
                "2027-02-01",
                Platform.CREDIT_CHINA,
                FindingStatus.NOT_YET,
                "2027-03-16",
                "2027-12-15",
                r36,
                "MINIMUM_PERIOD_NOT_REACHED")
            .note("2027年" + provisional),
        // 2027-11-30 + 3个月：2028年是闰年，以 2028-02-29（周二）为最后一日，次日 03-01（周三）。
        c(
                "信用中国·36号令·2028闰年月末：2027-11-30起3个月止于2028-02-29",
                cc("2027-11-30").fulfilled("2027-12-01").build(),
                "2028-01-10",
                Platform.CREDIT_CHINA,
                FindingStatus.NOT_YET,
                "2028-03-01",
                "2028-11-30",
                r36,
                "MINIMUM_PERIOD_NOT_REACHED")
            .note("2028年" + provisional),
        // 6个月：2025-11-01 + 6个月 = 2026-05-01（劳动节假期 05-01—05-05），节后第一个工作日 05-06（周三）。
        c(
            "公示系统·期满日逢劳动节：顺延至节后第一个工作日5月6日",
            gsxt("2025-11-01").fulfilled("2025-11-03").build(),
            "2026-03-01",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2026-05-06",
            "2028-11-01",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 通报批评并处较低数额罚款：第十三条3个月，2026-10-09 起止于 2027-01-09，自动停止；
        // 6个月的最短期（止于2027-04-09）不短于它，不计算可申请日，因此也不应出现2027年日历的提示。
        c(
                "公示系统·通报批评并处较低数额罚款：3个月到期自动停止，不因未用到的日期提示日历未公布",
                gsxt("2026-10-09")
                    .sanctions(Sanction.CIRCULATED_CRITICISM, Sanction.LOW_FINE)
                    .fulfilled("2026-10-12")
                    .build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.AUTO_EXPIRES,
                null,
                "2027-01-09",
                r45)
            .noNote(provisional),
        // 2014年条例第十七条：严重违法企业名单满5年移出。2016-02-29 + 5年 = 2021-02-28（2021年无2月29日）；
        // 2021-03-15 已届满，移出不以履行为条件（“未再发生第一款情形”），故未履行也到期。
        c(
            "严重违法企业名单·2014年条例：闰日列入，满5年止于2021-02-28，已届满",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2016-02-29")
                .unfulfilled()
                .build(),
            "2021-03-15",
            Platform.GSXT,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2021-02-28",
            "2014"),
        // 44号令：2025-09-30 列入，满1年止于 2026-09-30（周三），次日起国庆假期，10-08 起可申请；3年止于 2028-09-30。
        c(
            "严重违法失信名单·44号令：满1年的次日起逢国庆假期，10月8日起可申请提前移出",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2025-09-30")
                .fulfilled("2025-12-01")
                .build(),
            "2026-03-01",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2026-10-08",
            "2028-09-30",
            "44号",
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 44号令：2024-02-29 列入，满1年止于 2025-02-28（周五），03-03（周一）起可申请，早于诊断日；
        // 3年止于 2027-02-28（2027年无2月29日）。
        c(
            "严重违法失信名单·44号令：闰日列入，3年期满日为2027-02-28",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2024-02-29")
                .fulfilled("2024-06-01")
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2027-02-28",
            "44号"),
        // 关联D级6个月：2025-08-28 纠正 + 6个月 = 2026-02-28（调休上班的周六），次一工作日 03-02（周一）。
        c(
            "纳税信用D级·关联D级：6个月期满日为调休上班的周六，3月2日起可申请",
            record("r1", RecordType.TAX_CREDIT_D)
                .domain("TAX_D_BY_ASSOCIATION")
                .fulfilled("2025-08-28")
                .build(),
            "2026-01-10",
            Platform.TAX,
            FindingStatus.NOT_YET,
            "2026-03-02",
            null,
            "纳税",
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 直接D级12个月：2024-09-30 纠正 + 12个月 = 2025-09-30（周二）；次日起国庆、中秋假期 10-01—10-08，
        // 10-09（周四）起可申请。
        c(
            "纳税信用D级·直接D级：12个月期满次日起逢国庆中秋假期，10月9日起可申请",
            record("r1", RecordType.TAX_CREDIT_D).fulfilled("2024-09-30").build(),
            "2025-07-01",
            Platform.TAX,
            FindingStatus.NOT_YET,
            "2025-10-09",
            null,
            "纳税",
            "MINIMUM_PERIOD_NOT_REACHED"),
        // 2026-03-31 纠正 + 12个月 = 2027-03-31（周三），次日 2027-04-01（周四），按周末推算并注明。
        c(
                "纳税信用D级·可申请日在2027年：按周末推算并注明",
                record("r1", RecordType.TAX_CREDIT_D).fulfilled("2026-03-31").build(),
                "2026-11-24",
                Platform.TAX,
                FindingStatus.NOT_YET,
                "2027-04-01",
                null,
                "纳税",
                "MINIMUM_PERIOD_NOT_REACHED")
            .note("2027年" + provisional),
        c(
            "纳税信用D级·已纠正但未提供纠正日期：缺少日期，无法计算",
            record("r1", RecordType.TAX_CREDIT_D).fulfilled(null).build(),
            "2025-08-01",
            Platform.TAX,
            FindingStatus.NOT_YET,
            null,
            null,
            "纳税",
            "MISSING_DATE"));
  }

  /** Cross-record rules: 总局令第45号第十四条 (abnormal list, serious list, repeat violation). */
  static Stream<Case> crossRecord() {
    String r45 = "总局令第45号";
    CreditRecord abnormal =
        record("r2", RecordType.ABNORMAL_OPERATION)
            .authority("杭州市西湖区市场监督管理局")
            .listed("2025-07-01")
            .unfulfilled()
            .build();
    CreditRecord seriousList =
        record("r2", RecordType.SERIOUS_ILLEGAL_DISHONEST)
            .authority("浙江省市场监督管理局")
            .listed("2025-09-01")
            .fulfilled("2025-10-01")
            .build();
    return Stream.of(
        // 2025-05-20 公示，6个月已满（2025-11-21 起）；但在经营异常名录中，第十四条（四）不满足。
        c(
                "公示系统·在经营异常名录中：不能提前停止公示（第十四条（四）），须先移出名录",
                gsxt("2025-05-20").fulfilled("2025-05-25").build(),
                "2026-03-01",
                Platform.GSXT,
                FindingStatus.NOT_YET,
                null,
                "2028-05-20",
                r45,
                "ON_ABNORMAL_LIST")
            .with(abnormal),
        // 同一处罚在“信用中国”：58号令没有“不在经营异常名录”的条件；3个月已满，最长1年止于 2026-05-20。
        c(
                "同一处罚在信用中国：不受经营异常名录影响，现在可申请",
                gsxt("2025-05-20").fulfilled("2025-05-25").build(),
                "2026-03-01",
                Platform.CREDIT_CHINA,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2026-05-20",
                "2023年第58号")
            .with(abnormal),
        c(
                "公示系统·在严重违法失信名单中：不能提前停止公示（第十四条（四））",
                gsxt("2025-05-20").fulfilled("2025-05-25").build(),
                "2026-03-01",
                Platform.GSXT,
                FindingStatus.NOT_YET,
                null,
                "2028-05-20",
                r45,
                "ON_SERIOUS_LIST")
            .with(seriousList),
        // 2025-12-01 + 6个月 = 2026-06-01（周一），次日 06-02 起；同时在经营异常名录中，两个障碍都列出。
        c(
                "公示系统·在名录中且最短期未满：两个障碍都列出，并给出最早日期",
                gsxt("2025-12-01").fulfilled("2025-12-03").build(),
                "2026-03-01",
                Platform.GSXT,
                FindingStatus.NOT_YET,
                "2026-06-02",
                "2028-12-01",
                r45,
                "ON_ABNORMAL_LIST",
                "MINIMUM_PERIOD_NOT_REACHED")
            .with(abnormal),
        // 第十四条（三）：此后又因同一类违法（同为食品领域）受市场监管处罚，提前停止公示的条件再也不能满足，
        // 只能等第十三条的3年期满（2024-05-20 → 2027-05-20）。
        c(
                "公示系统·此后又因同类违法被市场监管部门处罚：不能提前停止公示，只能等3年期满",
                gsxt("2024-05-20").domain("FOOD").fulfilled("2024-05-25").build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.AUTO_EXPIRES,
                null,
                "2027-05-20",
                r45,
                "REPEAT_VIOLATION")
            .with(gsxt("r2", "2025-08-20").domain("FOOD").fulfilled("2025-08-25").build()),
        // 后一次处罚本身不受前一次影响：食品领域最短1年，2025-08-20 → 2026-08-20（周四），08-21 起，已满。
        c(
                "公示系统·后一次处罚不因前一次处罚受阻（“再次”指此后的处罚）",
                gsxt("2025-08-20").domain("FOOD").fulfilled("2025-08-25").build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2028-08-20",
                r45)
            .with(gsxt("r2", "2024-05-20").domain("FOOD").fulfilled("2024-05-25").build()),
        c(
                "公示系统·此后因同一违法事由再次受罚（按违法原因认定同类）",
                gsxt("2024-05-20").reason("虚假宣传").fulfilled("2024-05-25").build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.AUTO_EXPIRES,
                null,
                "2027-05-20",
                r45,
                "REPEAT_VIOLATION")
            .with(gsxt("r2", "2025-08-20").reason("虚假宣传").fulfilled("2025-08-25").build()),
        // 此后的处罚属于不同领域：不是“同一类违法行为”；食品领域最短1年已满（2025-05-21 起）。
        c(
                "公示系统·此后因不同类违法受罚：不构成再次违法",
                gsxt("2024-05-20").domain("FOOD").fulfilled("2024-05-25").build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2027-05-20",
                r45)
            .with(gsxt("r2", "2025-08-20").domain("ADVERTISING").fulfilled("2025-08-25").build()),
        // 第十四条（三）只看“市场监督管理部门行政处罚”：应急管理局的同类处罚不在公示系统公示，不构成障碍。
        c(
                "公示系统·此后的同类处罚由应急管理局作出：不是市场监管部门的处罚，不构成第十四条（三）",
                gsxt("2024-05-20").reason("未落实安全生产责任").fulfilled("2024-05-25").build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2027-05-20",
                r45)
            .with(cc("r2", "2025-08-20").reason("未落实安全生产责任").fulfilled("2025-08-25").build()));
  }

  /** 丹东 trial measures (seed 002) without and with the national 527 notice, prior repairs. */
  static Stream<Case> dandongMore() {
    String dd = "丹东";
    return Stream.of(
        // 527号文 2019-07-01 才施行：此前只有丹东办法。2018-10-15 + 6个月 = 2019-04-15（周一），次日起可申请；
        // 丹东办法没有最长公示期。
        dandong(
                "丹东试行办法·527号文施行前：只适用丹东办法，6个月已满可申请，无最长期",
                cc("2018-10-15").fulfilled("2018-10-20").build(),
                "2019-05-06",
                FindingStatus.REPAIRABLE_NOW,
                null,
                null,
                dd)
            .notRegime("527号"),
        // 第七条严重失信不得修复，且此时没有最长公示期（527号文未施行）→ 依规不能修复。
        dandong(
            "丹东试行办法·527号文施行前·严重失信：不得修复，也没有到期停止的规定",
            cc("2018-10-15").severity(Severity.SERIOUS).fulfilled("2018-10-20").build(),
            "2019-05-06",
            FindingStatus.NOT_REPAIRABLE,
            null,
            null,
            dd,
            "SERIOUS_DISHONESTY_NOT_REPAIRABLE"),
        // 第十条（三）（四）：3年内同类修复、3年内累计2次。2017-05-31 的同类修复早于 2020-06-01 前3年
        // （2017-06-01），不计；3年内只有1次（纳税信用）。6个月：2019-10-10 → 2020-04-10，04-13 起已满。
        dandong(
            "丹东试行办法：同类修复已超过3年、3年内只修复过1次 → 不构成第十条障碍",
            cc("2019-10-10")
                .fulfilled("2019-10-12")
                .prior(RecordType.ADMIN_PENALTY, "2017-05-31")
                .prior(RecordType.TAX_CREDIT_D, "2019-01-10")
                .build(),
            "2020-06-01",
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2020-10-10",
            dd),
        dandong(
            "丹东试行办法：3年内同类修复且累计2次 → 两个障碍都列出",
            cc("2019-10-10")
                .fulfilled("2019-10-12")
                .prior(RecordType.ADMIN_PENALTY, "2018-08-01")
                .prior(RecordType.TAX_CREDIT_D, "2019-02-01")
                .build(),
            "2020-06-01",
            FindingStatus.NOT_YET,
            null,
            "2020-10-10",
            dd,
            "SAME_TYPE_REPAIRED_WITHIN_3_YEARS",
            "TWO_REPAIRS_WITHIN_3_YEARS"),
        dandong(
            "丹东试行办法：未停止失信行为或未整改 → 不得申请（第十条（二））",
            cc("2019-10-10").unfulfilled().build(),
            "2020-06-01",
            FindingStatus.NOT_YET,
            null,
            "2020-10-10",
            dd,
            "OBLIGATION_NOT_FULFILLED"),
        // 丹东以外的企业（浙江）同一记录：只有527号文3个月，2019-12-20 → 2020-03-20（周五），03-23 起已满。
        c(
                "527号文·丹东以外的企业：不适用丹东的6个月，3个月已满可申请",
                cc("2019-12-20").fulfilled("2019-12-25").build(),
                "2020-03-25",
                Platform.CREDIT_CHINA,
                FindingStatus.REPAIRABLE_NOW,
                null,
                "2020-12-20",
                "527号")
            .notRegime(dd));
  }

  /** 总局令第45号 on both sides of 2021-09-01, sanctions and the 2014/2024 条例 boundary. */
  static Stream<Case> marketAndListsMore() {
    String r45 = "总局令第45号";
    return Stream.of(
        c(
            "公示系统·2021-08-31（总局令第45号施行前）：未收录当时的规则",
            gsxt("2021-06-08").fulfilled("2021-06-10").build(),
            "2021-08-31",
            Platform.GSXT,
            FindingStatus.NOT_APPLICABLE,
            null,
            null,
            "",
            "NO_RULE_FOR_DATE"),
        // 2021-06-08 + 6个月 = 2021-12-08（周三），12-09 起；3年止于 2024-06-08。
        c(
            "公示系统·2021-09-01（总局令第45号施行日）：最短6个月、最长3年",
            gsxt("2021-06-08").fulfilled("2021-06-10").build(),
            "2021-09-01",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            "2021-12-09",
            "2024-06-08",
            r45,
            "MINIMUM_PERIOD_NOT_REACHED"),
        c(
                "公示系统·限制开展生产经营活动：不得提前停止公示（第十四条第三款），并提示按实际限制期限",
                gsxt("2024-06-03")
                    .sanctions(Sanction.FINE, Sanction.RESTRICT_BUSINESS)
                    .fulfilled("2024-06-05")
                    .build(),
                "2026-11-24",
                Platform.GSXT,
                FindingStatus.AUTO_EXPIRES,
                null,
                "2027-06-03",
                r45,
                "SANCTION_BARS_EARLY_END")
            .note("实际限制期限"),
        // 第十三条只有“仅受到通报批评或者较低数额罚款”才是3个月；警告并处较低数额罚款不在其列，按3年；
        // 6个月：2026-03-16 → 2026-09-16，09-17 起已满。
        c(
            "公示系统·警告并处较低数额罚款：不属于“仅受通报批评或较低数额罚款”，公示3年、满6个月可申请",
            gsxt("2026-03-16")
                .sanctions(Sanction.WARNING, Sanction.LOW_FINE)
                .fulfilled("2026-03-18")
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.REPAIRABLE_NOW,
            null,
            "2029-03-16",
            r45),
        // 第十三条的3个月停止公示不以履行义务为条件（autoEnd ALWAYS）：罚款未缴也到期停止。
        c(
            "公示系统·较低数额罚款未缴：3个月到期仍停止公示（第十三条不以履行为条件）",
            gsxt("2026-10-09").sanctions(Sanction.LOW_FINE).unfulfilled().build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.AUTO_EXPIRES,
            null,
            "2027-01-09",
            r45),
        c(
            "经营异常名录·2024-04-30（2014年条例）：未补报年报 → 先履行公示义务（第十七条）",
            record("r1", RecordType.ABNORMAL_OPERATION).listed("2023-07-01").unfulfilled().build(),
            "2024-04-30",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            null,
            null,
            "2014",
            "CAUSE_NOT_CURED"),
        // 44号令：2022-03-01 列入，3年期满 2025-03-01 已过，但名单期满须以履行义务为前提（保守编码），未履行不移出。
        c(
            "严重违法失信名单·3年已满但未履行：不自动移出，先履行义务",
            record("r1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
                .listed("2022-03-01")
                .unfulfilled()
                .build(),
            "2026-11-24",
            Platform.GSXT,
            FindingStatus.NOT_YET,
            null,
            "2025-03-01",
            "44号",
            "OBLIGATION_NOT_FULFILLED"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "creditChina",
    "dandongCases",
    "marketRegulation",
    "listsAndOtherTypes",
    "regimeBoundaries",
    "calendarEdges",
    "crossRecord",
    "dandongMore",
    "marketAndListsMore"
  })
  @DisplayName("按记录类型、适用规则、处罚种类、日期和跨记录关系诊断")
  void should_judge_each_record_by_the_rules_in_force(Case k) {
    Diagnosis d = engine.diagnose(k.enterprise(), k.records(), LocalDate.parse(k.asOf()));
    Finding f =
        d.findings().stream()
            .filter(x -> x.recordId().equals("r1") && x.platform() == k.platform())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no finding on " + k.platform() + ": " + d));
    assertEquals(k.status(), f.status(), () -> k.name() + " → " + f);
    assertEquals(date(k.earliest()), f.earliestDate(), () -> "earliestDate " + f);
    assertEquals(date(k.autoEnd()), f.autoEndDate(), () -> "autoEndDate " + f);
    assertEquals(
        Set.copyOf(k.blockers()),
        f.blockers().stream().map(Blocker::code).collect(Collectors.toSet()),
        () -> "blockers " + f);
    assertTrue(f.regime().contains(k.regime()), () -> "regime " + f.regime());
    if (k.notRegime() != null) {
      assertFalse(f.regime().contains(k.notRegime()), () -> "regime " + f.regime());
    }
    for (String n : k.notes()) {
      assertTrue(f.notes().stream().anyMatch(x -> x.contains(n)), () -> n + " not in " + f.notes());
    }
    for (String n : k.absentNotes()) {
      assertFalse(f.notes().stream().anyMatch(x -> x.contains(n)), () -> n + " in " + f.notes());
    }
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
