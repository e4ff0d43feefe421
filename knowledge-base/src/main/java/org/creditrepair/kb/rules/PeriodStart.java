package org.creditrepair.kb.rules;

/** 期间起算事件：what a period is counted from. */
public enum PeriodStart {
  /** 公示（发布）之日. */
  PUBLISHED,
  /** 处罚决定作出之日. */
  DECISION,
  /** 列入名单（名录）之日. */
  LISTED,
  /** 履行义务（纠正）之日. */
  FULFILLED
}
