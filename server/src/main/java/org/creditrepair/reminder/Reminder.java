package org.creditrepair.reminder;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * 提醒：a scheduled reminder as the dispatcher delivers it.
 *
 * @param id deterministic id (tenant, source, kind, due time, title)
 * @param tenant the enterprise's 统一社会信用代码
 * @param sourceId what it was derived from (e.g. {@code application:app_1})
 * @param kind what it is about
 * @param dueAt when it is due
 * @param title Chinese title
 * @param message Chinese text
 * @param data facts for the client
 */
public record Reminder(
    String id,
    String tenant,
    String sourceId,
    ReminderKind kind,
    Instant dueAt,
    String title,
    String message,
    Map<String, String> data) {
  public Reminder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  /** The reminder {@code request} of {@code tenant}'s source {@code sourceId}. */
  public static Reminder of(String tenant, String sourceId, ReminderRequest request) {
    return new Reminder(
        ReminderIds.reminder(tenant, sourceId, request),
        tenant,
        sourceId,
        request.kind(),
        request.dueAt(),
        request.title(),
        request.message(),
        request.data());
  }
}
