package org.creditrepair.assistant;

import java.util.List;
import java.util.Map;

/**
 * 助手工具：a service the assistant (or a model, by function calling) may call during a turn; its result
 * is text for the model plus the citations a statement based on it may carry.
 */
public interface AssistantTool {
  /**
   * A parameter of a tool.
   *
   * @param description Chinese description for the model
   */
  record Parameter(String name, String description, boolean required) {}

  /**
   * What a call produced.
   *
   * @param content facts for the model, in Chinese
   * @param citations what statements based on it may cite
   */
  record Result(ToolCall call, String content, List<ChatCitation> citations) {
    public Result {
      citations = List.copyOf(citations);
    }
  }

  String name();

  String description();

  List<Parameter> parameters();

  /** Runs the tool for {@code turn}; failures are results with {@code call.ok() == false}. */
  Result call(Turn turn, Map<String, String> arguments);
}
