package org.creditrepair.assistant;

import java.time.LocalDate;
import java.util.List;
import org.creditrepair.shared.auth.Principal;

/**
 * 一轮对话：what a responder works from — the caller, the message (original and redacted), the recent
 * history (redacted) and the rule-based answer already composed for it.
 *
 * @param redactedMessage the message with personal data masked: the only form an external model or
 *     a log may see
 * @param history the session's recent messages, oldest first, redacted
 * @param tenant the enterprise the conversation is about, or null when not yet known
 * @param grounded the rule-based answer (facts, citations and tool calls of this turn)
 */
public record Turn(
    Principal principal,
    String sessionId,
    String message,
    String redactedMessage,
    List<ChatMessage> history,
    String tenant,
    LocalDate today,
    Reply grounded) {
  public Turn {
    history = List.copyOf(history);
  }
}
