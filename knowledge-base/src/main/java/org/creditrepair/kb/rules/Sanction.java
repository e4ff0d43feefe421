package org.creditrepair.kb.rules;

/** 处罚种类 (DESIGN.md §4 Record.sanctions). */
public enum Sanction {
  /** 警告. */
  WARNING,
  /** 通报批评. */
  CIRCULATED_CRITICISM,
  /** 罚款. */
  FINE,
  /** 较低数额罚款. */
  LOW_FINE,
  /** 没收违法所得、没收非法财物. */
  CONFISCATION,
  /** 责令停产停业. */
  SUSPENSION,
  /** 限制开展生产经营活动. */
  RESTRICT_BUSINESS,
  /** 限制从业. */
  RESTRICT_EMPLOYMENT,
  /** 降低资质等级. */
  QUALIFICATION_DOWNGRADE,
  /** 吊销许可证件. */
  LICENSE_REVOKED,
  /** 吊销营业执照. */
  BUSINESS_LICENSE_REVOKED
}
