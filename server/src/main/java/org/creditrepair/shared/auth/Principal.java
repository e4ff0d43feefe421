package org.creditrepair.shared.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.uscc.Uscc;

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

  /**
   * The enterprise a request is about: an enterprise's own code (naming another one is FORBIDDEN),
   * or for staff and administrators the enterprise they must name ({@code uscc}, checked).
   *
   * @param requested the 统一社会信用代码 the request names, or null/blank
   */
  public String tenant(String requested) {
    boolean named = requested != null && !requested.isBlank();
    String uscc = named ? Uscc.normalize(requested) : null;
    if (role == Role.ENTERPRISE) {
      if (named && !uscc.equals(subject)) {
        throw new CreditRepairException(
            ErrorCode.FORBIDDEN, "企业只能查看本企业的数据", Map.of("field", "uscc"));
      }
      return subject;
    }
    if (!named) {
      throw CreditRepairException.field(
          ErrorCode.MISSING_FIELD, "uscc", "工作人员须指明要查看的企业（uscc：统一社会信用代码）");
    }
    Uscc.check(uscc)
        .ifPresent(
            problem -> {
              throw CreditRepairException.field(ErrorCode.INVALID_USCC, "uscc", problem.message());
            });
    return uscc;
  }

  /** True when this caller may see data of the enterprise {@code uscc}. */
  public boolean mayAccess(String uscc) {
    return role != Role.ENTERPRISE || subject.equals(uscc);
  }
}
