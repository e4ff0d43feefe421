package org.creditrepair.kb.rules;

/** 修复条件：conditions the engine knows how to test from the records it is given. */
public enum Condition {
  /** 已履行行政处罚等法定义务. */
  OBLIGATIONS_FULFILLED,
  /** 已主动消除危害后果和不良影响（申请人承诺并说明）. */
  HARM_REMOVED,
  /** 未因同一类违法行为再次受到处罚. */
  NO_REPEAT_VIOLATION,
  /** 未被列入经营异常名录. */
  NOT_ON_ABNORMAL_LIST,
  /** 未被列入严重违法失信名单. */
  NOT_ON_SERIOUS_LIST,
  /** 已消除列入经营异常名录的原因（补报年报、更正信息、可联系的住所）. */
  CAUSE_CURED,
  /** 三年内未就同类失信信息修复过. */
  NO_SAME_TYPE_REPAIR_WITHIN_3_YEARS,
  /** 三年内修复不超过两次. */
  FEWER_THAN_2_REPAIRS_WITHIN_3_YEARS
}
