package org.creditrepair.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.diagnosis.FindingStatus;
import org.creditrepair.diagnosis.TestCalendars;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.plan.PlanStep;
import org.creditrepair.plan.RepairPlan;
import org.junit.jupiter.api.Test;

/** 提醒规划：dates on the official working-day calendar (2026 holidays), past reminders dropped. */
class ReminderPlannerTest {
  static final Instant JAN_2026 = Instant.parse("2026-01-10T00:00:00Z");

  static ReminderPlanner planner(Instant now) {
    return new ReminderPlanner(TestCalendars.periods(), Clock.fixed(now, ZoneOffset.UTC));
  }

  static Finding finding(String id, LocalDate earliest, LocalDate autoEnd) {
    return new Finding(
        id,
        Platform.GSXT,
        earliest != null ? FindingStatus.NOT_YET : FindingStatus.AUTO_EXPIRES,
        earliest,
        autoEnd,
        "SAMR_GSXT",
        "杭州市西湖区市场监督管理局",
        "总局令第45号",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void should_remind_on_the_earliest_date_at_nine_and_the_day_after_publicity_ends() {
    Diagnosis d =
        new Diagnosis(
            "dg_1",
            LocalDate.of(2026, 1, 10),
            List.of(
                finding("r1", LocalDate.of(2026, 7, 20), null),
                finding("r2", null, LocalDate.of(2026, 4, 12))),
            "");
    List<ReminderRequest> out = planner(JAN_2026).forDiagnosis(d);
    assertEquals(2, out.size());
    assertEquals(ReminderKind.ELIGIBLE_TO_APPLY, out.get(0).kind());
    assertEquals(Instant.parse("2026-07-20T01:00:00Z"), out.get(0).dueAt(), "09:00 Asia/Shanghai");
    assertTrue(out.get(0).message().contains("杭州市西湖区市场监督管理局"));
    assertEquals("r1", out.get(0).data().get("recordId"));
    assertEquals(ReminderKind.MAX_PERIOD_REACHED, out.get(1).kind());
    assertEquals(Instant.parse("2026-04-13T01:00:00Z"), out.get(1).dueAt());
    assertTrue(out.get(1).message().contains("是否已不再公示"));
  }

  @Test
  void should_remind_of_a_supplement_two_working_days_before_skipping_the_may_holiday() {
    // 2026-05-01…05 are 劳动节 holidays: two working days before Thu 7 May are 6 May and 30 April
    ApplicationDeadlines app =
        new ApplicationDeadlines(
            "app_1",
            "SUPPLEMENT_REQUESTED",
            null,
            List.of(new ApplicationDeadlines.Deadline("SUPPLEMENT", LocalDate.of(2026, 5, 7))));
    List<ReminderRequest> out = planner(JAN_2026).forApplication(app);
    assertEquals(2, out.size());
    assertEquals(Instant.parse("2026-04-30T01:00:00Z"), out.get(0).dueAt());
    assertEquals(Instant.parse("2026-05-07T01:00:00Z"), out.get(1).dueAt());
    out.forEach(r -> assertEquals(ReminderKind.SUPPLEMENT_DUE, r.kind()));
  }

  @Test
  void should_flag_overdue_review_and_sync_on_the_next_working_day_and_check_third_parties() {
    // 2026-10-01…07 国庆节; 10-10 (Sat) is an adjusted working day
    LocalDate due = LocalDate.of(2026, 9, 30);
    ApplicationDeadlines app =
        new ApplicationDeadlines(
            "app_2",
            ApplicationDeadlines.SYNCED,
            due,
            List.of(
                new ApplicationDeadlines.Deadline("REVIEW", due),
                new ApplicationDeadlines.Deadline("SYNC", due)));
    List<ReminderRequest> out = planner(JAN_2026).forApplication(app);
    assertEquals(
        List.of(
            ReminderKind.REVIEW_OVERDUE,
            ReminderKind.SYNC_CHECK,
            ReminderKind.THIRD_PARTY_SYNC_CHECK),
        out.stream().map(ReminderRequest::kind).toList());
    assertEquals(Instant.parse("2026-10-08T01:00:00Z"), out.get(0).dueAt());
    assertEquals(Instant.parse("2026-10-08T01:00:00Z"), out.get(1).dueAt());
    // 10-08, 10-09, 10-10 (adjusted Saturday), 10-12, 10-13
    assertEquals(Instant.parse("2026-10-13T01:00:00Z"), out.get(2).dueAt());
  }

  @Test
  void should_keep_overdue_alerts_but_drop_other_reminders_whose_time_has_passed() {
    ApplicationDeadlines app =
        new ApplicationDeadlines(
            "app_3",
            "UNDER_REVIEW",
            null,
            List.of(
                new ApplicationDeadlines.Deadline("SUPPLEMENT", LocalDate.of(2026, 3, 2)),
                new ApplicationDeadlines.Deadline("REVIEW", LocalDate.of(2026, 3, 2))));
    List<ReminderRequest> out = planner(Instant.parse("2026-03-20T00:00:00Z")).forApplication(app);
    assertEquals(
        List.of(ReminderKind.REVIEW_OVERDUE), out.stream().map(ReminderRequest::kind).toList());
  }

  @Test
  void should_remind_of_a_plan_step_on_the_working_day_before_it_is_due() {
    PlanStep step =
        new PlanStep(
            "s1",
            "APPLY",
            "向市场监管部门提交信用修复申请",
            List.of("r1"),
            "杭州市西湖区市场监督管理局",
            "GSXT",
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 8),
            List.of(),
            List.of());
    RepairPlan plan =
        new RepairPlan(
            "pl_1", LocalDate.of(2026, 1, 10), List.of(step), List.of(), 0, 0, List.of(), null);
    List<ReminderRequest> out = planner(JAN_2026).forPlan(plan);
    assertEquals(1, out.size());
    assertEquals(ReminderKind.PLAN_STEP_DUE, out.get(0).kind());
    assertEquals(Instant.parse("2026-09-30T01:00:00Z"), out.get(0).dueAt(), "before 国庆节");
    assertEquals("s1", out.get(0).data().get("stepId"));
  }

  @Test
  void should_plan_the_annual_report_window_and_the_first_of_july_alert() {
    List<ReminderRequest> out = planner(JAN_2026).annualReport(2026);
    assertEquals(
        List.of(
            Instant.parse("2026-03-01T01:00:00Z"),
            Instant.parse("2026-05-01T01:00:00Z"),
            Instant.parse("2026-06-01T01:00:00Z"),
            Instant.parse("2026-06-20T01:00:00Z"),
            Instant.parse("2026-07-01T01:00:00Z")),
        out.stream().map(ReminderRequest::dueAt).toList());
    out.forEach(r -> assertEquals(ReminderKind.ANNUAL_REPORT, r.kind()));
    out.forEach(r -> assertEquals("2025", r.data().get("reportYear")));
    assertTrue(out.get(0).message().contains("第八条"));
    String july = out.get(4).message();
    assertTrue(july.contains("企业信息公示暂行条例"), july);
    assertTrue(july.contains("第十八条") && july.contains("第八条"), july);
    assertTrue(july.contains("经营异常名录"), july);
    // in June only 20 June and 1 July are left; after 1 July the alert is still sent
    assertEquals(2, planner(Instant.parse("2026-06-10T00:00:00Z")).annualReport(2026).size());
    assertEquals(1, planner(Instant.parse("2026-07-05T00:00:00Z")).annualReport(2026).size());
  }

  @Test
  void should_give_the_same_request_the_same_id_per_tenant_and_source() {
    ReminderRequest r = planner(JAN_2026).annualReport(2026).get(0);
    ReminderRequest again = planner(JAN_2026).annualReport(2026).get(0);
    String id = ReminderIds.reminder("91330100MA2XXXXX1A", "annual-report:2026", r);
    assertEquals(id, ReminderIds.reminder("91330100MA2XXXXX1A", "annual-report:2026", again));
    assertNotEquals(id, ReminderIds.reminder("91330100MA2YYYYY2B", "annual-report:2026", r));
    assertNotEquals(id, ReminderIds.reminder("91330100MA2XXXXX1A", "annual-report:2027", r));
    assertTrue(id.matches("rem-[0-9a-f]{40}"), id);
  }
}
