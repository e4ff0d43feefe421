package org.creditrepair.reminder;

/**
 * 提醒类型：the reminders worth pushing (DOMAIN §7), each with its Chinese label; {@link
 * #overdueAlert()} kinds say that something is late, so they are still sent when their time has
 * passed.
 */
public enum ReminderKind {
  /** 最短公示期届满，可申请信用修复. */
  ELIGIBLE_TO_APPLY("可申请信用修复", false),
  /** 最长公示期届满：核实是否已停止公示. */
  MAX_PERIOD_REACHED("公示期届满待核实", false),
  /** 补正材料期限. */
  SUPPLEMENT_DUE("补正材料截止", false),
  /** 审核期限已过仍未答复. */
  REVIEW_OVERDUE("审核逾期未答复", true),
  /** 修复结果同步期限已过. */
  SYNC_CHECK("同步逾期待核实", true),
  /** 修复后第三方信用服务平台同步核查. */
  THIRD_PARTY_SYNC_CHECK("第三方平台同步核查", true),
  /** 企业年度报告报送期. */
  ANNUAL_REPORT("企业年报", false),
  /** 纳税信用修复所需期间届满. */
  TAX_CLEAN_WINDOW("纳税信用修复窗口", false),
  /** 征信异议答复期限. */
  OBJECTION_ANSWER_DUE("征信异议答复到期", true),
  /** 修复方案步骤到期. */
  PLAN_STEP_DUE("修复步骤到期", false),
  /** 其他期限到期. */
  DEADLINE_DUE("期限到期", false);

  private final String label;
  private final boolean overdueAlert;

  ReminderKind(String label, boolean overdueAlert) {
    this.label = label;
    this.overdueAlert = overdueAlert;
  }

  /** The Chinese name shown to people. */
  public String label() {
    return label;
  }

  /** True when the reminder says something is late and is still worth sending after its time. */
  public boolean overdueAlert() {
    return overdueAlert;
  }
}
