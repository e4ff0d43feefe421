package org.creditrepair.reminder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 提醒 JSON：how reminders, subscriptions and sent records are stored (and shown in-app). */
public final class ReminderJson {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private ReminderJson() {}

  /** A reminder as a JSON object. */
  public static ObjectNode node(Reminder r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", r.id());
    n.put("tenant", r.tenant());
    n.put("sourceId", r.sourceId());
    n.put("kind", r.kind().name());
    n.put("kindLabel", r.kind().label());
    n.put("dueAt", r.dueAt().toString());
    n.put("title", r.title());
    n.put("message", r.message());
    ObjectNode data = n.putObject("data");
    new TreeMap<>(r.data()).forEach(data::put);
    return n;
  }

  /** The stored payload of a reminder. */
  static String payload(Reminder r) {
    return write(node(r));
  }

  /** The JSON an in-app listener receives. */
  static String notification(Reminder r) {
    return write(node(r));
  }

  /** Reads a reminder back. */
  public static Reminder reminder(JsonNode n) {
    Map<String, String> data = new LinkedHashMap<>();
    n.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
    return new Reminder(
        n.get("id").asText(),
        n.get("tenant").asText(),
        n.get("sourceId").asText(),
        ReminderKind.valueOf(n.get("kind").asText()),
        Instant.parse(n.get("dueAt").asText()),
        n.get("title").asText(),
        n.get("message").asText(),
        data);
  }

  static Reminder reminder(String payload) {
    return reminder(read(payload));
  }

  /** A source document: its id and reminders. */
  static String source(String sourceId, List<Reminder> reminders) {
    ObjectNode n = JSON.createObjectNode();
    n.put("sourceId", sourceId);
    ArrayNode items = n.putArray("reminders");
    reminders.forEach(r -> items.add(node(r)));
    return write(n);
  }

  static List<Reminder> sourceReminders(String body) {
    List<Reminder> out = new ArrayList<>();
    read(body).path("reminders").forEach(r -> out.add(reminder(r)));
    return out;
  }

  static String sent(SentReminder s) {
    ObjectNode n = JSON.createObjectNode();
    n.set("reminder", node(s.reminder()));
    n.put("status", s.status());
    n.put("at", s.at().toString());
    ArrayNode channels = n.putArray("channels");
    s.channels().forEach(channels::add);
    n.put("reason", s.reason());
    return write(n);
  }

  static SentReminder sent(String item) {
    JsonNode n = read(item);
    List<String> channels = new ArrayList<>();
    n.path("channels").forEach(c -> channels.add(c.asText()));
    return new SentReminder(
        reminder(n.get("reminder")),
        n.get("status").asText(),
        Instant.parse(n.get("at").asText()),
        channels,
        n.path("reason").isNull() ? null : n.path("reason").asText(null));
  }

  static String subscription(Subscription s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("channel", s.channel().name());
    n.put("target", s.target());
    n.put("secret", s.secret());
    n.put("createdAt", s.createdAt().toString());
    if (s.quietHours() != null) {
      ObjectNode q = n.putObject("quietHours");
      q.put("start", s.quietHours().startText());
      q.put("end", s.quietHours().endText());
      q.put("zone", s.quietHours().zone().getId());
    }
    return write(n);
  }

  static Subscription subscription(String id, String tenant, String body) {
    JsonNode n = read(body);
    JsonNode q = n.path("quietHours");
    return new Subscription(
        id,
        tenant,
        ChannelType.valueOf(n.get("channel").asText()),
        n.get("target").asText(),
        n.path("secret").isNull() ? null : n.path("secret").asText(null),
        q.isObject()
            ? QuietHours.parse(
                q.get("start").asText(), q.get("end").asText(), q.get("zone").asText())
            : null,
        Instant.parse(n.get("createdAt").asText()));
  }

  /** Progress of a reminder with several targets: the subscription ids already served. */
  static String progress(List<String> delivered) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode a = n.putArray("delivered");
    delivered.forEach(a::add);
    return write(n);
  }

  static List<String> delivered(String body) {
    List<String> out = new ArrayList<>();
    read(body).path("delivered").forEach(d -> out.add(d.asText()));
    return out;
  }

  static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("提醒数据无法解析", e);
    }
  }

  static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
