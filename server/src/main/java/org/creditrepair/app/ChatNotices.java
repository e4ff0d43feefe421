package org.creditrepair.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.creditrepair.assistant.ChatMessage;

/** 人工回复通知：the in-app event ({@code chat.reply} on {@code GET /api/v1/events}) of a staff reply. */
final class ChatNotices {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChatNotices() {}

  static String json(String sessionId, ChatMessage m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("sessionId", sessionId);
    n.put("messageId", m.id());
    n.put("text", m.text());
    n.put("at", m.at().toString());
    return n.toString();
  }
}
