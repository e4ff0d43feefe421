package org.creditrepair.kb.rules;

/** 公示平台. */
public enum Platform {
  /** 信用中国及地方信用门户网站. */
  CREDIT_CHINA,
  /** 国家企业信用信息公示系统. */
  GSXT,
  /** 税务系统. */
  TAX,
  /** 法院执行信息公开. */
  COURT,
  /** 人民银行征信系统. */
  PBOC
}
