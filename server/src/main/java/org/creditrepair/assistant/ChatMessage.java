package org.creditrepair.assistant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 对话消息：one message of a conversation as stored (redacted) and shown in its history.
 *
 * @param id stable id within the session
 * @param role who wrote it
 * @param text the text, with personal data masked
 * @param actor the subject of the writer (an enterprise's code, a staff id, or "assistant")
 * @param intent the recognised intent (USER and ASSISTANT messages), else null
 * @param citations what an ASSISTANT or STAFF message rests on
 */
public record ChatMessage(
    String id,
    Role role,
    String text,
    String actor,
    Instant at,
    Intent intent,
    List<ChatCitation> citations) {
  /** Who wrote a message. */
  public enum Role {
    /** 用户（企业或工作人员本人）. */
    USER,
    /** 助手. */
    ASSISTANT,
    /** 服务站工作人员（人工回复）. */
    STAFF,
    /** 系统（转人工、结束等）. */
    SYSTEM
  }

  public ChatMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
    citations = citations == null ? List.of() : List.copyOf(citations);
  }
}
