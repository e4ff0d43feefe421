package org.creditrepair.assistant;

import java.util.Map;

/**
 * 工具调用：one call of a service the assistant made this turn, as the client is told about it.
 *
 * @param name the tool ({@code diagnose_records}, {@code search_regulations}, …)
 * @param arguments what it was called with (no personal data)
 * @param ok false when the call failed (the answer then says so)
 * @param summary one Chinese line on the outcome
 */
public record ToolCall(String name, Map<String, String> arguments, boolean ok, String summary) {
  public ToolCall {
    arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
  }
}
