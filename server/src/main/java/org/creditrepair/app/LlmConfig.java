package org.creditrepair.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * 模型配置：which language model the assistant phrases its answers with — none (the rule-based
 * responder, the default), any OpenAI-compatible endpoint (DeepSeek, Qwen, vLLM …) or Ollama.
 *
 * @param provider none, openai or ollama
 * @param timeout the deadline of one model call
 */
public record LlmConfig(
    String provider, String baseUrl, String apiKey, String model, Duration timeout) {
  /** Ollama's OpenAI-compatible endpoint on this machine. */
  static final String OLLAMA_BASE = "http://127.0.0.1:11434/v1";

  public static final LlmConfig NONE = new LlmConfig("none", "", "", "", Duration.ofSeconds(20));

  public LlmConfig {
    provider =
        provider == null || provider.isBlank() ? "none" : provider.strip().toLowerCase(Locale.ROOT);
    baseUrl = baseUrl == null ? "" : baseUrl.strip();
    apiKey = apiKey == null ? "" : apiKey.strip();
    model = model == null ? "" : model.strip();
    Objects.requireNonNull(timeout, "timeout");
    switch (provider) {
      case "none" -> {}
      case "openai" -> {
        if (baseUrl.isEmpty() || model.isEmpty()) {
          throw new IllegalArgumentException(
              "CR_LLM_PROVIDER=openai 需要 CR_LLM_BASE_URL 和 CR_LLM_MODEL");
        }
      }
      case "ollama" -> {
        baseUrl = baseUrl.isEmpty() ? OLLAMA_BASE : baseUrl;
        if (model.isEmpty()) {
          throw new IllegalArgumentException(
              "CR_LLM_PROVIDER=ollama 需要 CR_LLM_MODEL（如 qwen2.5:7b）");
        }
      }
      default ->
          throw new IllegalArgumentException(
              "CR_LLM_PROVIDER 只能是 none、openai 或 ollama：" + provider);
    }
    if (!baseUrl.isEmpty() && !baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("CR_LLM_BASE_URL 必须是 http:// 或 https:// 开头的地址");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("CR_LLM_TIMEOUT_MS 必须大于 0");
    }
  }

  public boolean configured() {
    return !provider.equals("none");
  }

  /** Shown at start-up: never the key. */
  @Override
  public String toString() {
    return configured() ? provider + " " + model + " @ " + baseUrl : "none（规则应答）";
  }
}
