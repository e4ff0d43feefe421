package org.creditrepair.audit;

import java.time.Instant;

/**
 * 审计记录：one access by a staff member or administrator to an enterprise's data (who, what, when,
 * why).
 *
 * @param seq position in the append-only log
 * @param actor the principal's subject
 * @param role the principal's role
 * @param action what was done, e.g. {@code application.read}, {@code application.transition}
 * @param tenant the enterprise (统一社会信用代码) whose data it was
 * @param resource the resource id (application id, session id), or null
 * @param reason why (the request's {@code X-Audit-Reason}, a transition note), or null
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String role,
    String action,
    String tenant,
    String resource,
    String reason) {}
