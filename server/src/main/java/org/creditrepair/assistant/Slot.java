package org.creditrepair.assistant;

/** 待补信息：a fact about a record the assistant asks for, one at a time. */
public enum Slot {
  /** 统一社会信用代码（工作人员代企业咨询时）. */
  USCC,
  /** 记录类型. */
  RECORD_TYPE,
  /** 处罚种类. */
  SANCTIONS,
  /** 处罚决定日期. */
  DECISION_DATE,
  /** 列入（认定）日期. */
  LISTED_DATE,
  /** 是否已履行义务. */
  FULFILLED,
  /** 履行完毕日期. */
  FULFILLED_DATE
}
