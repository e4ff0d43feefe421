package org.creditrepair.assistant.llm;

import java.time.Clock;
import java.util.List;
import org.creditrepair.assistant.AssistantTool;
import org.creditrepair.assistant.Responder;

/** 应答器选择：the responder the configuration asks for — the rule-based one when no model is set. */
public final class LlmResponders {
  private LlmResponders() {}

  /**
   * The model-backed responder of {@code settings} falling back to {@code fallback}, or {@code
   * fallback} itself when the provider is NONE.
   */
  public static Responder create(
      LlmSettings settings,
      Responder fallback,
      List<AssistantTool> tools,
      Prompts prompts,
      Clock clock) {
    if (settings.provider() == LlmSettings.Provider.NONE) {
      return fallback;
    }
    return LlmResponder.create(settings, fallback, tools, prompts, clock);
  }
}
