package org.creditrepair.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.plan.PlanStep;
import org.creditrepair.plan.RepairPlan;
import org.creditrepair.shared.calendar.LegalPeriods;

/**
 * 提醒规划：derives the reminders of DOMAIN §7 from a diagnosis, a repair plan, an application's
 * deadlines and the 年报 window; dates that count working days use the official working-day calendar,
 * and every period comes from the input, none is invented here.
 *
 * <p>Reminders whose time has passed are dropped, except overdue alerts ({@link
 * ReminderKind#overdueAlert()} and the 1 July 年报 alert), which are sent at once.
 */
public final class ReminderPlanner {
  /** Reminders are sent in the enterprises' time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The time of day reminders are sent at. */
  public static final LocalTime SEND_AT = LocalTime.of(9, 0);

  /** Working days after 修复结果同步 before third-party platforms are checked (product choice). */
  public static final int THIRD_PARTY_CHECK_WORKING_DAYS = 5;

  /** Working days before a supplement deadline the first reminder is sent. */
  public static final int SUPPLEMENT_LEAD_WORKING_DAYS = 2;

  static final String ANNUAL_REPORT_LAW = "《企业信息公示暂行条例》（2024 年修订）";

  private final LegalPeriods periods;
  private final Clock clock;
  private final AnnualReportWindow annualReport;

  /** With the annual-report window of the bundled knowledge base. */
  public ReminderPlanner(LegalPeriods periods, Clock clock) {
    this(periods, clock, AnnualReportWindow.load(KnowledgeBundle.fromClasspath()));
  }

  public ReminderPlanner(LegalPeriods periods, Clock clock, AnnualReportWindow annualReport) {
    this.periods = periods;
    this.clock = clock;
    this.annualReport = annualReport;
  }

  /** A request and whether it is still sent once its time has passed. */
  private record Draft(ReminderRequest request, boolean keepWhenPast) {}

  /**
   * From a diagnosis: 可申请修复 on each finding's earliest date, and the day after a publicity's last
   * day a check that publicity really stopped.
   */
  public List<ReminderRequest> forDiagnosis(Diagnosis diagnosis) {
    List<Draft> out = new ArrayList<>();
    for (Finding f : diagnosis.findings()) {
      String where = platformName(f.platform());
      Map<String, String> data = findingData(diagnosis, f);
      if (f.earliestDate() != null) {
        out.add(
            draft(
                ReminderKind.ELIGIBLE_TO_APPLY,
                at(f.earliestDate()),
                "记录 " + f.recordId() + " 可申请信用修复",
                "记录 "
                    + f.recordId()
                    + " 在"
                    + where
                    + "的最短公示期已满，自 "
                    + f.earliestDate()
                    + " 起可向"
                    + orDefault(f.authority(), "作出决定的部门")
                    + "申请信用修复"
                    + regime(f)
                    + "。官方信用修复不收取任何费用。",
                with(data, "date", f.earliestDate().toString()),
                false));
      }
      if (f.autoEndDate() != null) {
        LocalDate check = f.autoEndDate().plusDays(1);
        out.add(
            draft(
                ReminderKind.MAX_PERIOD_REACHED,
                at(check),
                "记录 " + f.recordId() + " 公示期届满，请核实",
                "记录 "
                    + f.recordId()
                    + " 在"
                    + where
                    + "的公示期已于 "
                    + f.autoEndDate()
                    + " 届满，应停止公示。请核实该记录是否已不再公示；仍在公示的，可向"
                    + orDefault(f.authority(), "作出决定的部门")
                    + "或平台反映。",
                with(data, "date", f.autoEndDate().toString()),
                false));
      }
    }
    return keep(out);
  }

  /** From a repair plan: each dated step, 09:00 on the working day before its due date. */
  public List<ReminderRequest> forPlan(RepairPlan plan) {
    List<Draft> out = new ArrayList<>();
    for (PlanStep s : plan.steps()) {
      if (s.due() == null) {
        continue;
      }
      Map<String, String> data = new LinkedHashMap<>();
      data.put("planId", plan.planId());
      data.put("stepId", s.id());
      data.put("due", s.due().toString());
      String title = abbreviate("步骤即将到期：" + s.title(), ReminderRequest.MAX_TITLE);
      out.add(
          draft(
              ReminderKind.PLAN_STEP_DUE,
              at(workingDaysBefore(s.due(), 1)),
              title,
              abbreviate(
                  "修复步骤“"
                      + s.title()
                      + "”将于 "
                      + s.due()
                      + " 到期"
                      + (s.authority() == null || s.authority().isBlank()
                          ? ""
                          : "（" + s.authority() + "）")
                      + "，请按方案及时办理。",
                  ReminderRequest.MAX_MESSAGE),
              data,
              false));
    }
    return keep(out);
  }

  /**
   * From an application's deadlines: supplement 2 working days before and on the day; review, sync
   * and objection answers once their day has passed; after {@code SYNCED}, a third-party platform
   * check {@value #THIRD_PARTY_CHECK_WORKING_DAYS} working days later.
   */
  public List<ReminderRequest> forApplication(ApplicationDeadlines app) {
    List<Draft> out = new ArrayList<>();
    for (ApplicationDeadlines.Deadline d : app.deadlines()) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("applicationId", app.applicationId());
      data.put("deadline", d.kind());
      data.put("due", d.due().toString());
      String id = app.applicationId();
      switch (d.kind().toUpperCase(Locale.ROOT)) {
        case "SUPPLEMENT" -> {
          out.add(
              draft(
                  ReminderKind.SUPPLEMENT_DUE,
                  at(workingDaysBefore(d.due(), SUPPLEMENT_LEAD_WORKING_DAYS)),
                  "补正材料将于 " + d.due() + " 截止",
                  "申请 " + id + " 的补正材料须于 " + d.due() + " 前提交，逾期可能按撤回或不予受理处理，请尽快补齐。",
                  data,
                  false));
          out.add(
              draft(
                  ReminderKind.SUPPLEMENT_DUE,
                  at(d.due()),
                  "今天是补正材料截止日",
                  "申请 " + id + " 的补正材料今天（" + d.due() + "）截止，请在办理时间内提交。",
                  data,
                  false));
        }
        case "REVIEW" ->
            out.add(
                draft(
                    ReminderKind.REVIEW_OVERDUE,
                    at(periods.nextWorkingDayAfter(d.due()).date()),
                    "审核期限已过，尚未答复",
                    "申请 " + id + " 的审核期限 " + d.due() + " 已过，主管部门尚未作出答复。可通过原提交渠道查询进度或电话询问。",
                    data,
                    true));
        case "SYNC" ->
            out.add(
                draft(
                    ReminderKind.SYNC_CHECK,
                    at(periods.nextWorkingDayAfter(d.due()).date()),
                    "修复结果同步期限已过，请核实",
                    "申请 " + id + " 的修复结果应于 " + d.due() + " 前完成同步。请核实信用中国、国家企业信用信息公示系统是否已停止公示。",
                    data,
                    true));
        case "OBJECTION_ANSWER" ->
            out.add(
                draft(
                    ReminderKind.OBJECTION_ANSWER_DUE,
                    at(d.due()),
                    "征信异议答复期限已到",
                    "申请 " + id + " 的征信异议答复期限为 " + d.due() + "。如仍未收到答复，请联系受理异议的征信机构核实处理结果。",
                    data,
                    true));
        case "TAX_CLEAN" ->
            out.add(
                draft(
                    ReminderKind.TAX_CLEAN_WINDOW,
                    at(d.due()),
                    "纳税信用修复所需期间已满",
                    "申请 " + id + " 涉及的纳税信用修复所需期间于 " + d.due() + " 届满，可向主管税务机关申请纳税信用修复。",
                    data,
                    false));
        default ->
            out.add(
                draft(
                    ReminderKind.DEADLINE_DUE,
                    at(d.due()),
                    "期限到期：" + abbreviate(d.kind(), 40),
                    "申请 " + id + " 的期限（" + d.kind() + "）为 " + d.due() + "。",
                    data,
                    false));
      }
    }
    if (ApplicationDeadlines.SYNCED.equalsIgnoreCase(app.status()) && app.statusSince() != null) {
      LocalDate check =
          periods.addWorkingDays(app.statusSince(), THIRD_PARTY_CHECK_WORKING_DAYS).date();
      out.add(
          draft(
              ReminderKind.THIRD_PARTY_SYNC_CHECK,
              at(check),
              "请核查第三方信用平台是否已同步",
              "申请 "
                  + app.applicationId()
                  + " 的修复结果已于 "
                  + app.statusSince()
                  + " 同步。请检查第三方信用服务平台是否已更新；未更新的，可凭信用修复决定向其申请更新。",
              Map.of(
                  "applicationId", app.applicationId(), "syncedOn", app.statusSince().toString()),
              true));
    }
    return keep(out);
  }

  /**
   * The 年报 window of {@code year} (the report on {@code year - 1}): 1 March, 1 May, 1 June and 20
   * June, and on 1 July the alert that an unfiled report leads to the 经营异常名录.
   */
  public List<ReminderRequest> annualReport(int year) {
    int reportYear = year - 1;
    AnnualReportWindow w = annualReport;
    Map<String, String> data =
        Map.of(
            "reportYear",
            Integer.toString(reportYear),
            "source",
            w.doc() + " " + w.windowArticle() + "、" + w.consequenceArticle());
    String unverified = w.verified() ? "" : "（依据未核实，以登记机关通知为准）";
    String rule =
        "依据"
            + ANNUAL_REPORT_LAW
            + w.windowArticle()
            + "，企业应当于每年 "
            + label(w.from())
            + "至 "
            + label(w.to())
            + "通过国家企业信用信息公示系统报送上一年度年度报告"
            + unverified
            + "。";
    LocalDate last = w.lastDay(year);
    List<Draft> out = new ArrayList<>();
    for (java.time.MonthDay md : w.remindOn()) {
      LocalDate day = md.atYear(year);
      long left = java.time.temporal.ChronoUnit.DAYS.between(day, last);
      out.add(
          draft(
              ReminderKind.ANNUAL_REPORT,
              at(day),
              reportYear + " 年度报告：距 " + label(w.to()) + "截止还有 " + left + " 天",
              rule + "如已报送，可忽略本提醒。",
              data,
              false));
    }
    out.add(
        draft(
            ReminderKind.ANNUAL_REPORT,
            at(last.plusDays(1)),
            reportYear + " 年度报告报送期已结束",
            "如尚未报送 "
                + reportYear
                + " 年度报告：依据"
                + ANNUAL_REPORT_LAW
                + w.consequenceArticle()
                + "，"
                + w.consequence()
                + "（"
                + w.windowArticle()
                + "规定的报送期为 "
                + label(w.from())
                + "至 "
                + label(w.to())
                + "）"
                + unverified
                + "。请尽快补报年度报告，补报后可申请移出经营异常名录。",
            data,
            true));
    return keep(out);
  }

  private static String label(java.time.MonthDay d) {
    return d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
  }

  /** The {@code n}-th working day before {@code day} on the official calendar. */
  LocalDate workingDaysBefore(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.minusDays(1);
      if (periods.calendar().isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** 09:00 Asia/Shanghai on {@code day}. */
  public static Instant at(LocalDate day) {
    return day.atTime(SEND_AT).atZone(ZONE).toInstant();
  }

  private List<ReminderRequest> keep(List<Draft> drafts) {
    Instant now = clock.instant();
    List<ReminderRequest> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.keepWhenPast() || !d.request().dueAt().isBefore(now)) {
        out.add(d.request());
      }
    }
    return out;
  }

  private static Draft draft(
      ReminderKind kind,
      Instant at,
      String title,
      String message,
      Map<String, String> data,
      boolean keepWhenPast) {
    return new Draft(
        new ReminderRequest(kind, at, abbreviate(title, ReminderRequest.MAX_TITLE), message, data),
        keepWhenPast);
  }

  private static Map<String, String> findingData(Diagnosis d, Finding f) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("diagnosisId", d.diagnosisId());
    data.put("recordId", f.recordId());
    if (f.platform() != null) {
      data.put("platform", f.platform().name());
    }
    if (f.authority() != null && !f.authority().isBlank()) {
      data.put("authority", f.authority());
    }
    return data;
  }

  private static Map<String, String> with(Map<String, String> data, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(data);
    copy.put(key, value);
    return copy;
  }

  private static String regime(Finding f) {
    return f.regime() == null || f.regime().isBlank() ? "" : "（适用规则：" + f.regime() + "）";
  }

  private static String orDefault(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }

  static String platformName(Platform p) {
    if (p == null) {
      return "公示平台";
    }
    return switch (p) {
      case CREDIT_CHINA -> "信用中国";
      case GSXT -> "国家企业信用信息公示系统";
      case TAX -> "税务系统";
      case COURT -> "法院执行信息公开网";
      case PBOC -> "人民银行征信系统";
    };
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
