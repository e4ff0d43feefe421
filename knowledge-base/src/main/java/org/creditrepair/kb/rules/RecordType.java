package org.creditrepair.kb.rules;

/** 失信记录类型 (DOMAIN.md §2). */
public enum RecordType {
  /** 行政处罚信息. */
  ADMIN_PENALTY,
  /** 经营异常名录. */
  ABNORMAL_OPERATION,
  /** 严重违法失信名单（市场监管，44号令）. */
  SERIOUS_ILLEGAL_DISHONEST,
  /** 严重失信主体名单（其他领域）. */
  SERIOUS_DISHONEST_ENTITY,
  /** 重大税收违法失信主体. */
  TAX_MAJOR_VIOLATION,
  /** 纳税信用D级. */
  TAX_CREDIT_D,
  /** 失信被执行人. */
  COURT_DEFAULTER,
  /** 征信（人民银行征信系统）不良记录. */
  CREDIT_REPORT
}
