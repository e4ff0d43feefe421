package org.creditrepair.assistant;

import java.util.List;

/**
 * 答复：the answer of one turn, composed from rule findings and retrieved passages.
 *
 * @param text the answer in Chinese
 * @param citations what the legal statements of the text rest on
 * @param tools the service calls made to compose it
 * @param grounded true when the answer states facts from rules or retrieved texts (not only a
 *     question, a menu or a hand-off)
 * @param fallback true when a configured model failed and this rule-based answer replaced it
 */
public record Reply(
    Intent intent,
    String text,
    List<ChatCitation> citations,
    List<ToolCall> tools,
    List<ChatAction> actions,
    boolean grounded,
    boolean fallback) {
  public Reply {
    citations = List.copyOf(citations);
    tools = List.copyOf(tools);
    actions = List.copyOf(actions);
  }

  /** This reply marked as the fallback for a failed model answer. */
  public Reply asFallback() {
    return new Reply(intent, text, citations, tools, actions, grounded, true);
  }

  /** This reply under another intent (a question asked on behalf of the task it serves). */
  public Reply withIntent(Intent other) {
    return new Reply(other, text, citations, tools, actions, grounded, fallback);
  }

  /** True when the reply only asks the user for a missing fact. */
  public boolean asksQuestion() {
    return actions.stream().anyMatch(a -> a.type().equals("ASK"));
  }
}
