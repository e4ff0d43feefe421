package org.creditrepair.diagnosis;

/** 诊断结论. */
public enum FindingStatus {
  /** 现在即可申请修复. */
  REPAIRABLE_NOW,
  /** 暂不能申请，见最早日期与障碍. */
  NOT_YET,
  /** 依规不能修复. */
  NOT_REPAIRABLE,
  /** 不能提前结束，但到期自动停止公示. */
  AUTO_EXPIRES,
  /** 不属于信用修复事项，走其他途径（法院、征信异议等）. */
  NOT_APPLICABLE
}
