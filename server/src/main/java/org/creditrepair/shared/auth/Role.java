package org.creditrepair.shared.auth;

/** 角色：who a caller is (DESIGN §4). */
public enum Role {
  /** 企业：subject is its 统一社会信用代码; sees and changes only its own data. */
  ENTERPRISE,
  /** 信用合规服务站工作人员：acts on enterprises' cases; every access is audit-logged. */
  STATION_STAFF,
  /** 管理员：reads the audit log and dead letters. */
  ADMIN
}
