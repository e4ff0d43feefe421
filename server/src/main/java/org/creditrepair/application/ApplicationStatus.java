package org.creditrepair.application;

/** 申请状态 (DOMAIN §6: seed 003 flow and 信用中国 handling). */
public enum ApplicationStatus {
  /** 草稿：created, not yet submitted. */
  DRAFT("草稿"),
  /** 已提交：application and materials submitted. */
  SUBMITTED("已提交"),
  /** 形式审核：the authority checks completeness. */
  FORMAL_REVIEW("形式审核"),
  /** 待补正：一次性告知补正, back to the applicant. */
  NEEDS_SUPPLEMENT("待补正"),
  /** 实质核查：the authority checks the facts (complete application accepted). */
  SUBSTANTIVE_REVIEW("实质核查"),
  /** 公示：the proposed repair published for comments, where the regime has one. */
  PUBLIC_NOTICE("公示中"),
  /** 同意修复：repair decided. */
  APPROVED("同意修复"),
  /** 不予修复：refused, with written reasons. */
  REJECTED("不予修复"),
  /** 信息已处理：publicity stopped / record removed. */
  INFORMATION_PROCESSED("信息已处理"),
  /** 已同步：synced across platforms. */
  SYNCED("已同步"),
  /** 已办结：closed (after sync, refusal, withdrawal or return). */
  CLOSED("已办结");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  /** 中文名. */
  public String label() {
    return label;
  }
}
