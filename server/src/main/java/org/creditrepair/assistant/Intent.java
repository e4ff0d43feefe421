package org.creditrepair.assistant;

/** 对话意图：what the user wants from the assistant in one message. */
public enum Intent {
  /** 转人工：hand the consultation to station staff. */
  HANDOFF,
  /** 诊断：can my record be repaired, and when. */
  DIAGNOSE,
  /** 方案与材料：steps and the material checklist. */
  PLAN,
  /** 材料预审：are my uploads right. */
  CHECK_UPLOADS,
  /** 申请进度：where is my application. */
  APPLICATION_STATUS,
  /** 提醒：deadlines and the 年报 window. */
  REMINDERS,
  /** 政策问答：answered from retrieved texts. */
  POLICY_QUESTION,
  /** 寒暄. */
  GREETING,
  /** 拒绝：an unlawful request (paid deletion, forged or back-dated materials). */
  REFUSE,
  /** 不明：nothing recognised; the assistant asks what the user needs. */
  UNKNOWN
}
