package org.creditrepair.assistant;

import java.util.List;

/**
 * 对话事件：what one turn streams to the client, in order: tool calls, text deltas, the citations of the
 * answer, then done (SSE events {@code tool}, {@code delta}, {@code citation}, {@code done}).
 */
public sealed interface ChatEvent {
  /** A piece of the answer text. */
  record Delta(String text) implements ChatEvent {}

  /** A service call the assistant made. */
  record Tool(ToolCall call) implements ChatEvent {}

  /** A citation the answer rests on. */
  record Citation(ChatCitation citation) implements ChatEvent {}

  /**
   * The end of the turn.
   *
   * @param status the session's status after the turn (OPEN, ESCALATED)
   * @param removedReferences references the validator took out of the answer
   * @param fallback true when the configured model failed and the rule-based answer was given
   */
  record Done(
      String sessionId,
      String messageId,
      Intent intent,
      String status,
      List<ChatAction> actions,
      List<String> removedReferences,
      boolean fallback,
      String responder)
      implements ChatEvent {
    public Done {
      actions = List.copyOf(actions);
      removedReferences = List.copyOf(removedReferences);
    }
  }
}
