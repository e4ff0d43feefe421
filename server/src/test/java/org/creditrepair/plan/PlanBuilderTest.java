package org.creditrepair.plan;

import static org.creditrepair.diagnosis.DiagnosisFixtures.ACME;
import static org.creditrepair.diagnosis.DiagnosisFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.DiagnosisFixtures;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.TestCalendars;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.shared.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 修复方案：step order and dependencies, deadlines from DEADLINE rules counted on the official
 * working-day calendar, 杭州“一件事” grouping, and steps for records that need no application. Expected
 * dates were counted by hand on {@code knowledge-base/calendar/2026.yaml}.
 */
@DisplayName("修复方案生成")
class PlanBuilderTest {
  private static final RepairServices SERVICES =
      RepairServices.load(KnowledgeBundle.fromClasspath(), List.of());
  private static final Enterprise HANGZHOU = new Enterprise("杭州某某餐饮有限公司", null, "杭州");
  private static final Enterprise SHENZHEN = new Enterprise("深圳某某科技有限公司", null, "深圳");
  private static final String ONE_THING_CHANNEL = "浙江省政务服务网或“浙里办”App的企业信用修复“一件事”专窗";

  private final PlanBuilder plans = SERVICES.plans();
  private final WorkingDayCalendar calendar = TestCalendars.calendar();

  /** A penalty by market regulation, on the 公示系统 only. */
  private static DiagnosisFixtures.Builder market(String id, String published) {
    return record(id, RecordType.ADMIN_PENALTY)
        .sanctions(Sanction.FINE)
        .authority("杭州市市场监督管理局")
        .decided(LocalDate.parse(published).minusDays(7).toString())
        .published(published)
        .on(Platform.GSXT);
  }

  /** A penalty by another authority, on 信用中国 only. */
  private static DiagnosisFixtures.Builder creditChina(
      String id, String authority, String published) {
    return record(id, RecordType.ADMIN_PENALTY)
        .sanctions(Sanction.FINE)
        .authority(authority)
        .decided(LocalDate.parse(published).minusDays(7).toString())
        .published(published);
  }

  private RepairPlan plan(Enterprise e, String asOf, CreditRecord... records) {
    RepairPlan p = plans.plan(e, List.of(records), LocalDate.parse(asOf));
    assertWellFormed(p);
    return p;
  }

  @Test
  @DisplayName("步骤顺序：履行义务 → 移出经营异常名录 → 申请提前停止公示 → 审核 → 同步 → 致函第三方 → 核对")
  void should_order_steps_from_fulfilment_to_verification() {
    // Penalty unpaid and the company on the 经营异常名录 (annual report not filed): 2026-03-02 (Mon).
    CreditRecord penalty = market("p1", "2025-05-20").unfulfilled().build();
    CreditRecord abnormal =
        record("a1", RecordType.ABNORMAL_OPERATION)
            .authority("杭州市西湖区市场监督管理局")
            .listed("2025-07-01")
            .unfulfilled()
            .build();
    RepairPlan p = plan(ACME, "2026-03-02", penalty, abnormal);

    assertEquals(
        List.of(
            "FULFIL",
            "FULFIL",
            "LEAVE_ABNORMAL_LIST",
            "APPLY",
            "REVIEW",
            "SYNC",
            "THIRD_PARTY",
            "VERIFY"),
        kinds(p));
    PlanStep payFine = step(p, "S1");
    PlanStep fileReport = step(p, "S2");
    PlanStep leave = step(p, "S3");
    PlanStep apply = step(p, "S4");
    assertEquals(List.of("p1"), payFine.recordIds());
    assertEquals(List.of("a1"), fileReport.recordIds());
    assertEquals(List.of("S2"), leave.dependsOn());
    // 移出决定5个工作日（RULE-EI2024-DECISION-5WD）：3月3、4、5、6、9日 → 2026-03-09
    assertEquals(LocalDate.parse("2026-03-02"), leave.earliestStart());
    assertEquals(LocalDate.parse("2026-03-09"), leave.due());
    // 申请提前停止公示须在移出名录之后（总局令第45号第十四条（四））：移出期限后的第一个工作日
    assertEquals(List.of("S1", "S3"), apply.dependsOn());
    assertEquals(LocalDate.parse("2026-03-10"), apply.earliestStart());
    assertEquals(List.of("S4"), step(p, "S5").dependsOn());
    assertEquals(List.of("S5"), step(p, "S6").dependsOn());
    PlanStep letters = step(p, "S7");
    assertEquals(List.of("S6", "S3"), letters.dependsOn());
    assertEquals(List.of("p1", "a1"), letters.recordIds());
    assertEquals(List.of("S7"), step(p, "S8").dependsOn());
  }

  @Test
  @DisplayName("审核与同步期限来自期限规则，按工作日历计算（跨中秋、国庆和调休上班的周六）")
  void should_date_review_and_sync_from_deadline_rules_on_the_working_day_calendar() {
    // 36号令一般类，3个月已满：2026-09-21（周一）申请。
    CreditRecord r = creditChina("c1", "某市应急管理局", "2026-06-01").fulfilled("2026-06-03").build();
    RepairPlan p = plan(ACME, "2026-09-21", r);

    assertEquals(List.of("APPLY", "REVIEW", "SYNC", "THIRD_PARTY", "VERIFY"), kinds(p));
    PlanStep review = step(p, "S2");
    // 10个工作日（RULE-NDRC36-REVIEW-10WD）：9/22、9/23、9/24（9/25—27 中秋）、9/28、9/29、9/30
    // （10/1—7 国庆）、10/8、10/9、10/10（调休上班）、10/12 → 2026-10-12
    assertEquals(LocalDate.parse("2026-09-21"), review.earliestStart());
    assertEquals(LocalDate.parse("2026-10-12"), review.due());
    assertTrue(review.notes().stream().anyMatch(n -> n.contains("RULE-NDRC36-REVIEW-10WD")));
    PlanStep sync = step(p, "S3");
    // 3个工作日（RULE-NDRC36-SYNC-3WD）：10/13、10/14、10/15
    assertEquals(LocalDate.parse("2026-10-12"), sync.earliestStart());
    assertEquals(LocalDate.parse("2026-10-15"), sync.due());
    assertEquals(LocalDate.parse("2026-10-15"), step(p, "S4").earliestStart());
  }

  @Test
  @DisplayName("诊断日在法定假日：各步骤从节后第一个工作日开始")
  void should_start_steps_on_the_first_working_day_when_as_of_is_a_holiday() {
    CreditRecord r = creditChina("c1", "某市应急管理局", "2026-05-06").fulfilled("2026-05-08").build();
    RepairPlan p = plan(ACME, "2026-10-03", r);

    PlanStep apply = step(p, "S1");
    assertEquals("APPLY", apply.kind());
    assertEquals(LocalDate.parse("2026-10-08"), apply.earliestStart());
    // 10/9、10/10（调休上班）、10/12—16、10/19—21 → 第10个工作日 2026-10-21
    assertEquals(LocalDate.parse("2026-10-21"), step(p, "S2").due());
  }

  @Test
  @DisplayName("国家与地方期限并存（深圳3个工作日、“信用中国”10个工作日）：按较晚者，两者都注明")
  void should_take_the_latest_of_national_and_local_deadlines_and_cite_both() {
    CreditRecord r = creditChina("c1", "深圳市某区城市管理局", "2026-01-05").fulfilled("2026-01-08").build();
    RepairPlan p = plan(SHENZHEN, "2026-06-01", r);

    PlanStep review = step(p, "S2");
    assertEquals("REVIEW", review.kind());
    // 10个工作日：6/2—6/5、6/8—6/12、6/15 → 2026-06-15；深圳第八十二条3个工作日为 6/4
    assertEquals(LocalDate.parse("2026-06-15"), review.due());
    assertTrue(review.notes().stream().anyMatch(n -> n.contains("3个工作日内作出处理")), review::toString);
    assertTrue(review.notes().stream().anyMatch(n -> n.contains("10个工作日内")), review::toString);
  }

  @Test
  @DisplayName("在严重违法失信名单中：处罚信息的申请排在名单移出之后")
  void should_apply_for_the_penalty_after_the_serious_list_removal() {
    CreditRecord penalty = market("p1", "2025-05-20").fulfilled("2025-05-25").build();
    CreditRecord list =
        record("s1", RecordType.SERIOUS_ILLEGAL_DISHONEST)
            .authority("浙江省市场监督管理局")
            .listed("2025-01-10")
            .fulfilled("2025-02-01")
            .build();
    RepairPlan p = plan(ACME, "2026-03-02", penalty, list);

    assertEquals(
        List.of("APPLY", "REVIEW", "SYNC", "APPLY", "REVIEW", "SYNC", "THIRD_PARTY", "VERIFY"),
        kinds(p));
    assertEquals(List.of("s1"), step(p, "S1").recordIds());
    PlanStep penaltyApply = step(p, "S4");
    assertEquals(List.of("p1"), penaltyApply.recordIds());
    assertEquals(List.of("S3"), penaltyApply.dependsOn());
    assertEquals(List.of("S3", "S6"), step(p, "S7").dependsOn());
  }

  @Test
  @DisplayName("杭州“一件事”：同日可申请的多条记录合并为一个申请步骤，较晚可申请的另成一步")
  void should_merge_applications_under_the_hangzhou_one_thing_rule() {
    CreditRecord c1 = creditChina("c1", "某市应急管理局", "2026-01-05").fulfilled("2026-01-08").build();
    CreditRecord c2 = creditChina("c2", "某区生态环境局", "2026-01-20").fulfilled("2026-01-22").build();
    // 2026-04-01 + 3个月 = 2026-07-01（周三），7月2日起可申请
    CreditRecord c3 = creditChina("c3", "某区卫生健康委员会", "2026-04-01").fulfilled("2026-04-03").build();
    RepairPlan p = plan(HANGZHOU, "2026-06-01", c1, c2, c3);

    List<PlanStep> applies = ofKind(p, "APPLY");
    assertEquals(2, applies.size(), p::toString);
    PlanStep now = applies.get(0);
    assertEquals(List.of("c1", "c2"), now.recordIds());
    assertEquals(ONE_THING_CHANNEL, now.channel());
    assertEquals(LocalDate.parse("2026-06-01"), now.earliestStart());
    assertTrue(now.title().contains("一件事") && now.title().contains("2条记录"), now.title());
    assertTrue(now.notes().stream().anyMatch(n -> n.contains("RULE-HANGZHOU-ONE-THING-GROUPING")));
    assertTrue(
        now.authority().contains("作出行政处罚决定的部门"),
        "the grouped step names the authorities: " + now.authority());
    PlanStep later = applies.get(1);
    assertEquals(List.of("c3"), later.recordIds());
    assertEquals(LocalDate.parse("2026-07-02"), later.earliestStart());
    // one review per application, covering its records: 6/2—6/5、6/8—6/12、6/15
    PlanStep review = ofKind(p, "REVIEW").get(0);
    assertEquals(List.of("c1", "c2"), review.recordIds());
    assertEquals(LocalDate.parse("2026-06-15"), review.due());
    // one letter to third-party platforms for all records
    assertEquals(List.of("c1", "c2", "c3"), ofKind(p, "THIRD_PARTY").get(0).recordIds());
  }

  @Test
  @DisplayName("杭州以外（浙江其他地区）：不适用“一件事”，每条记录单独申请")
  void should_keep_one_application_per_record_outside_hangzhou() {
    CreditRecord c1 = creditChina("c1", "某市应急管理局", "2026-01-05").fulfilled("2026-01-08").build();
    CreditRecord c2 = creditChina("c2", "某区生态环境局", "2026-01-20").fulfilled("2026-01-22").build();
    RepairPlan p = plan(ACME, "2026-06-01", c1, c2);

    List<PlanStep> applies = ofKind(p, "APPLY");
    assertEquals(2, applies.size());
    assertEquals(List.of("c1"), applies.get(0).recordIds());
    assertEquals(List.of("c2"), applies.get(1).recordIds());
    assertFalse(applies.get(0).title().contains("一件事"));
  }

  @Test
  @DisplayName("杭州“一件事”：须先移出经营异常名录的公示系统申请不与其他记录合并")
  void should_not_merge_a_finding_that_waits_for_the_abnormal_list_in_hangzhou() {
    CreditRecord penalty =
        record("p1", RecordType.ADMIN_PENALTY)
            .sanctions(Sanction.FINE)
            .authority("杭州市市场监督管理局")
            .decided("2025-05-13")
            .published("2025-05-20")
            .fulfilled("2025-05-25")
            .build();
    CreditRecord abnormal =
        record("a1", RecordType.ABNORMAL_OPERATION)
            .listed("2025-07-01")
            .fulfilled("2026-02-01")
            .build();
    RepairPlan p = plan(HANGZHOU, "2026-03-02", penalty, abnormal);

    PlanStep leave = ofKind(p, "LEAVE_ABNORMAL_LIST").get(0);
    List<PlanStep> applies = ofKind(p, "APPLY");
    assertEquals(2, applies.size(), p::toString);
    // 信用中国 finding (58号令 has no list condition): now, not waiting
    PlanStep creditChina = applies.get(0);
    assertEquals(LocalDate.parse("2026-03-02"), creditChina.earliestStart());
    assertFalse(creditChina.dependsOn().contains(leave.id()));
    // 公示系统 finding: after the removal decision (3/3—3/6、3/9 → next working day 3/10)
    PlanStep gsxt = applies.get(1);
    assertTrue(gsxt.dependsOn().contains(leave.id()));
    assertEquals(LocalDate.parse("2026-03-10"), gsxt.earliestStart());
  }

  @Test
  @DisplayName("到期自动停止和不适用修复的记录各有自己的步骤，不生成申请和材料")
  void should_give_auto_expiring_and_not_applicable_records_their_own_steps() {
    CreditRecord downgraded =
        market("q1", "2025-03-17")
            .sanctions(Sanction.FINE, Sanction.QUALIFICATION_DOWNGRADE)
            .fulfilled("2025-03-20")
            .build();
    CreditRecord lowFine =
        market("e1", "2026-06-01").sanctions(Sanction.LOW_FINE).fulfilled("2026-06-02").build();
    CreditRecord court = record("d1", RecordType.COURT_DEFAULTER).listed("2025-01-01").build();
    RepairPlan p = plan(ACME, "2026-11-24", downgraded, lowFine, court);

    assertEquals(List.of("WAIT_EXPIRY", "WAIT_EXPIRY", "OTHER_ROUTE"), kinds(p));
    PlanStep wait = step(p, "S1");
    assertEquals(List.of("q1"), wait.recordIds());
    // 3年止于 2028-03-17，次日起核对
    assertEquals(LocalDate.parse("2028-03-18"), wait.earliestStart());
    PlanStep ended = step(p, "S2");
    // 3个月已于 2026-09-01 届满：现在就核对
    assertEquals(LocalDate.parse("2026-11-24"), ended.earliestStart());
    assertTrue(ended.title().startsWith("公示期已于2026-09-01届满"), ended.title());
    PlanStep other = step(p, "S3");
    assertEquals(List.of("d1"), other.recordIds());
    assertEquals("执行法院", other.authority());
    assertTrue(other.title().contains("不能申请信用修复"), other.title());
    assertTrue(p.checklist().isEmpty(), p.checklist()::toString);
    assertEquals(0, p.materialsBeforeDedup());
    assertEquals(0, p.materialsAfterDedup());
  }

  @Test
  @DisplayName("同类违法再次受罚：不能提前停止公示，方案只安排到期核对、不安排申请")
  void should_wait_for_expiry_when_a_repeat_violation_bars_early_end() {
    CreditRecord first = market("p1", "2024-05-20").domain("FOOD").fulfilled("2024-05-25").build();
    CreditRecord second = market("p2", "2025-08-20").domain("FOOD").fulfilled("2025-08-25").build();
    RepairPlan p = plan(ACME, "2026-11-24", first, second);

    PlanStep wait = ofKind(p, "WAIT_EXPIRY").get(0);
    assertEquals(List.of("p1"), wait.recordIds());
    assertEquals(LocalDate.parse("2027-05-21"), wait.earliestStart());
    List<PlanStep> applies = ofKind(p, "APPLY");
    assertEquals(1, applies.size());
    assertEquals(List.of("p2"), applies.get(0).recordIds());
  }

  @Test
  @DisplayName("方案的材料计数与清单一致，并附诊断及其依据")
  void should_carry_the_checklist_counts_and_the_diagnosis() {
    CreditRecord r = market("p1", "2025-05-20").fulfilled("2025-05-25").build();
    RepairPlan p = plan(ACME, "2026-03-02", r);

    assertEquals(
        p.checklist().stream().mapToInt(ChecklistItem::copies).sum(), p.materialsAfterDedup());
    assertTrue(p.materialsBeforeDedup() >= p.materialsAfterDedup());
    assertEquals(LocalDate.parse("2026-03-02"), p.asOf());
    assertEquals(1, p.diagnosis().findings().size());
    assertTrue(p.citations().stream().anyMatch(c -> "第十四条".equals(c.article()) && c.verified()));
  }

  /**
   * Ids S1…Sn in order; every dependency is an earlier step; authority-facing dates are working
   * days.
   */
  private void assertWellFormed(RepairPlan p) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < p.steps().size(); i++) {
      PlanStep s = p.steps().get(i);
      assertEquals("S" + (i + 1), s.id());
      for (String d : s.dependsOn()) {
        assertTrue(seen.contains(d), s.id() + " depends on later or unknown " + d);
      }
      seen.add(s.id());
      if (!s.kind().equals("WAIT_EXPIRY")) {
        assertTrue(calendar.isWorkingDay(s.earliestStart()), s::toString);
      }
      if (s.due() != null) {
        assertTrue(calendar.isWorkingDay(s.due()), s::toString);
        assertFalse(s.due().isBefore(s.earliestStart()), s::toString);
      }
    }
  }

  private static List<String> kinds(RepairPlan p) {
    return p.steps().stream().map(PlanStep::kind).toList();
  }

  private static List<PlanStep> ofKind(RepairPlan p, String kind) {
    return p.steps().stream().filter(s -> s.kind().equals(kind)).toList();
  }

  private static PlanStep step(RepairPlan p, String id) {
    return p.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("每个步骤的编号、依赖和日期都合乎格式（示例：多类记录混合）")
  void should_produce_well_formed_plans_for_mixed_records() {
    RepairPlan p =
        plan(
            HANGZHOU,
            "2026-11-24",
            market("p1", "2026-08-03").fulfilled("2026-08-05").build(),
            creditChina("c1", "某区生态环境局", "2026-10-09").unfulfilled().build(),
            record("a1", RecordType.ABNORMAL_OPERATION).listed("2026-07-01").unfulfilled().build(),
            record("t1", RecordType.TAX_CREDIT_D).fulfilled("2026-01-15").build(),
            record("k1", RecordType.CREDIT_REPORT).build());
    assertFalse(p.steps().isEmpty());
    assertNull(
        p.steps().stream()
            .filter(s -> s.kind().equals("APPLY") && s.recordIds().contains("k1"))
            .findAny()
            .orElse(null),
        "征信异议不是修复申请");
  }
}
