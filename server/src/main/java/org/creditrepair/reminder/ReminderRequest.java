package org.creditrepair.reminder;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * 提醒请求：one reminder a source (diagnosis, plan, application, 年报 window) asks for, due at {@code
 * dueAt}, with a Chinese title and message and a few string facts for the client.
 *
 * @param kind what it is about
 * @param dueAt when it should be sent
 * @param title short Chinese title (at most {@value #MAX_TITLE} characters)
 * @param message Chinese text (at most {@value #MAX_MESSAGE} characters)
 * @param data facts for the client (record id, dates), kept sorted by key
 */
public record ReminderRequest(
    ReminderKind kind, Instant dueAt, String title, String message, Map<String, String> data) {
  public static final int MAX_TITLE = 60;
  public static final int MAX_MESSAGE = 600;

  public ReminderRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    if (title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("提醒标题不能为空且不超过 " + MAX_TITLE + " 字：" + title);
    }
    if (message.length() > MAX_MESSAGE) {
      throw new IllegalArgumentException("提醒内容不超过 " + MAX_MESSAGE + " 字");
    }
    data = Map.copyOf(new TreeMap<>(data == null ? Map.of() : data));
  }
}
