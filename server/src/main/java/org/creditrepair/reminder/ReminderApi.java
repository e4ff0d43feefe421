package org.creditrepair.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.creditrepair.audit.AuditLog;

/**
 * 提醒接口所需：what the gateway's reminder routes use — the service, the in-app streams of this server,
 * the audit log for staff access, the clock and the SSE heartbeat interval.
 */
public record ReminderApi(
    ReminderService service, InAppEvents events, AuditLog audit, Clock clock, Duration heartbeat) {
  /** SSE comment heartbeat interval. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(15);

  public ReminderApi {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(heartbeat, "heartbeat");
  }
}
