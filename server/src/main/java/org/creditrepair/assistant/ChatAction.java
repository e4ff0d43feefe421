package org.creditrepair.assistant;

import java.util.Map;
import java.util.Objects;

/**
 * 建议操作：what the client can offer next (a question being asked, a page to open, a hand-off).
 *
 * @param type ASK (data.field: the slot asked), OFFER_HANDOFF, HANDOFF (data.status),
 *     OPEN_PRECHECK, OPEN_APPLICATION (data.id), OPEN_PLAN, OPEN_REMINDERS, SUGGEST (data.text: a
 *     reply to offer)
 */
public record ChatAction(String type, Map<String, String> data) {
  public ChatAction {
    Objects.requireNonNull(type, "type");
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  public static ChatAction of(String type) {
    return new ChatAction(type, Map.of());
  }

  public static ChatAction of(String type, String key, String value) {
    return new ChatAction(type, Map.of(key, value));
  }
}
