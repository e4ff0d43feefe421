package org.creditrepair.shared.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * 调用者：the authenticated subject of a request and its role.
 *
 * @param subject the enterprise's 统一社会信用代码 (ENTERPRISE) or the staff member's id
 * @param expiresAt when the token expires
 */
public record Principal(String subject, Role role, Instant expiresAt) {
  public Principal {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
  }

  /** True when this caller may see data of the enterprise {@code uscc}. */
  public boolean mayAccess(String uscc) {
    return role != Role.ENTERPRISE || subject.equals(uscc);
  }
}
