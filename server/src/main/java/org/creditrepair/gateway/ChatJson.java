package org.creditrepair.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.creditrepair.assistant.ChatAction;
import org.creditrepair.assistant.ChatCitation;
import org.creditrepair.assistant.ChatEvent;
import org.creditrepair.assistant.ChatMessage;
import org.creditrepair.assistant.ChatSession;
import org.creditrepair.assistant.ChatSessions;
import org.creditrepair.assistant.ToolCall;
import org.creditrepair.assistant.TurnEvents;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;

/** 对话 JSON：the chat events as SSE frames, the one-object answer, sessions and messages. */
final class ChatJson {
  private ChatJson() {}

  /** One server-sent event. */
  static String frame(ChatEvent e) {
    String name =
        switch (e) {
          case ChatEvent.Delta d -> "delta";
          case ChatEvent.Tool t -> "tool";
          case ChatEvent.Citation c -> "citation";
          case ChatEvent.Done d -> "done";
        };
    return "event: " + name + "\ndata: " + write(node(e)) + "\n\n";
  }

  /** The {@code error} event ending a stream that failed after it started. */
  static String errorFrame(Throwable t) {
    ObjectNode n = GatewayJson.MAPPER.createObjectNode();
    if (t instanceof CreditRepairException c) {
      n.put("code", c.code().name());
      n.put("message", c.getMessage());
    } else {
      n.put("code", ErrorCode.INTERNAL.name());
      n.put("message", "服务器内部错误，本轮对话未完成，请重试");
    }
    return "event: error\ndata: " + write(n) + "\n\n";
  }

  static ObjectNode node(ChatEvent e) {
    ObjectNode n = GatewayJson.MAPPER.createObjectNode();
    switch (e) {
      case ChatEvent.Delta d -> n.put("text", d.text());
      case ChatEvent.Tool t -> tool(n, t.call());
      case ChatEvent.Citation c -> citation(n, c.citation());
      case ChatEvent.Done d -> {
        n.put("sessionId", d.sessionId());
        n.put("messageId", d.messageId());
        n.put("intent", d.intent().name());
        n.put("status", d.status());
        actions(n.putArray("actions"), d.actions());
        ArrayNode removed = n.putArray("removedReferences");
        d.removedReferences().forEach(removed::add);
        n.put("fallback", d.fallback());
        n.put("responder", d.responder());
      }
    }
    return n;
  }

  /** {@code {answer, citations, actions, tools, sessionId, …}} from a whole turn's events. */
  static ObjectNode answer(List<ChatEvent> events) {
    TurnEvents turn = new TurnEvents(events);
    ChatEvent.Done done = turn.done().orElse(null);
    ObjectNode out = GatewayJson.MAPPER.createObjectNode();
    out.put("sessionId", done == null ? null : done.sessionId());
    out.put("messageId", done == null ? null : done.messageId());
    out.put("answer", turn.text());
    ArrayNode citations = out.putArray("citations");
    turn.citations().forEach(c -> citation(citations.addObject(), c));
    ArrayNode actions = out.putArray("actions");
    if (done != null) {
      actions(actions, done.actions());
      out.put("intent", done.intent().name());
      out.put("status", done.status());
      ArrayNode removed = out.putArray("removedReferences");
      done.removedReferences().forEach(removed::add);
      out.put("fallback", done.fallback());
      out.put("responder", done.responder());
    }
    ArrayNode tools = out.putArray("tools");
    turn.calls().forEach(c -> tool(tools.addObject(), c));
    return out;
  }

  private static void tool(ObjectNode n, ToolCall c) {
    n.put("name", c.name());
    ObjectNode args = n.putObject("arguments");
    c.arguments().forEach(args::put);
    n.put("ok", c.ok());
    n.put("summary", c.summary());
  }

  static void citation(ObjectNode n, ChatCitation c) {
    n.put("docId", c.docId());
    n.put("docTitle", c.docTitle());
    n.put("article", c.article());
    n.put("verified", c.verified());
    n.put("origin", c.origin().name());
    n.put("ruleId", c.ruleId());
  }

  private static void actions(ArrayNode a, List<ChatAction> actions) {
    for (ChatAction x : actions) {
      ObjectNode n = a.addObject();
      n.put("type", x.type());
      ObjectNode data = n.putObject("data");
      x.data().forEach(data::put);
    }
  }

  static ObjectNode session(ChatSession s, Principal viewer) {
    ObjectNode n = GatewayJson.MAPPER.createObjectNode();
    n.put("sessionId", s.id());
    n.put("status", s.status().name());
    n.put("tenant", s.tenant());
    n.put("owner", s.owner());
    n.put("turns", s.turns());
    n.put("createdAt", s.createdAt() == null ? null : s.createdAt().toString());
    n.put("updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
    if (s.escalation() != null) {
      ObjectNode e = n.putObject("escalation");
      e.put("by", s.escalation().by());
      e.put("reason", s.escalation().reason());
      e.put("at", s.escalation().at().toString());
      e.put("assignee", s.escalation().assignee());
    }
    if (viewer.role() != Role.ENTERPRISE) {
      n.put("closeNote", s.closeNote()); // the staff note is internal
      n.put("closedBy", s.closedBy());
    }
    return n;
  }

  static ObjectNode message(ChatMessage m) {
    ObjectNode n = GatewayJson.MAPPER.createObjectNode();
    n.put("id", m.id());
    n.put("role", m.role().name());
    n.put("text", m.text());
    n.put("actor", m.role() == ChatMessage.Role.STAFF ? "staff" : m.actor());
    n.put("at", m.at().toString());
    n.put("intent", m.intent() == null ? null : m.intent().name());
    ArrayNode c = n.putArray("citations");
    m.citations().forEach(x -> citation(c.addObject(), x));
    return n;
  }

  static ObjectNode queueEntry(ChatSessions.QueueEntry e) {
    ObjectNode n = GatewayJson.MAPPER.createObjectNode();
    n.put("sessionId", e.sessionId());
    n.put("tenant", e.tenant());
    n.put("owner", e.owner());
    n.put("status", e.status());
    if (e.escalation() != null) {
      n.put("by", e.escalation().by());
      n.put("reason", e.escalation().reason());
      n.put("at", e.escalation().at().toString());
      n.put("assignee", e.escalation().assignee());
    }
    n.put("closeNote", e.closeNote());
    n.put("updatedAt", e.updatedAt() == null ? null : e.updatedAt().toString());
    return n;
  }

  private static String write(Object o) {
    try {
      return GatewayJson.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
