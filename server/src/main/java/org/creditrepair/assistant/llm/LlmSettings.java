package org.creditrepair.assistant.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * 大模型配置：which OpenAI-compatible model phrases the answers (none, an OpenAI-protocol server, or
 * Ollama through its {@code /v1} endpoint), with the deadlines, retries and circuit breaker of its
 * calls.
 *
 * @param baseUrl the OpenAI-protocol base URL (ending before {@code /chat/completions})
 * @param apiKey the key sent as bearer token ("ollama" when Ollama needs none)
 * @param timeout the overall deadline of one model call
 * @param firstTokenTimeout how long one model call may take to stream its first token
 * @param turnTimeout the deadline of all model calls of one turn together (tool rounds, retries)
 * @param maxRetries how often a failed call is retried, only while nothing reached the user
 * @param breakerThreshold consecutive failed turns that open the circuit breaker
 * @param breakerCooldown how long the breaker stays open before one trial call
 */
public record LlmSettings(
    Provider provider,
    String baseUrl,
    String apiKey,
    String model,
    Duration timeout,
    Duration firstTokenTimeout,
    Duration turnTimeout,
    int maxRetries,
    int breakerThreshold,
    Duration breakerCooldown) {
  /** Which kind of model server. */
  public enum Provider {
    /** 不使用大模型：the rule-based responder answers alone. */
    NONE,
    /** OpenAI 协议的服务（OpenAI、DeepSeek、通义千问、vLLM…）. */
    OPENAI,
    /** 本机 Ollama（经其 OpenAI 兼容接口 /v1）. */
    OLLAMA
  }

  public static final String OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_FIRST_TOKEN_TIMEOUT = Duration.ofSeconds(8);
  public static final Duration DEFAULT_TURN_TIMEOUT = Duration.ofSeconds(45);
  public static final int DEFAULT_MAX_RETRIES = 1;
  public static final int DEFAULT_BREAKER_THRESHOLD = 3;
  public static final Duration DEFAULT_BREAKER_COOLDOWN = Duration.ofSeconds(30);

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    timeout = positive(timeout, DEFAULT_TIMEOUT, "timeout");
    firstTokenTimeout =
        positive(firstTokenTimeout, DEFAULT_FIRST_TOKEN_TIMEOUT, "firstTokenTimeout");
    turnTimeout = positive(turnTimeout, DEFAULT_TURN_TIMEOUT, "turnTimeout");
    breakerCooldown = positive(breakerCooldown, DEFAULT_BREAKER_COOLDOWN, "breakerCooldown");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
    }
    if (breakerThreshold < 1) {
      throw new IllegalArgumentException(
          "breakerThreshold must be at least 1: " + breakerThreshold);
    }
    baseUrl = blank(baseUrl) ? null : baseUrl.strip();
    apiKey = blank(apiKey) ? null : apiKey.strip();
    model = blank(model) ? null : model.strip();
    switch (provider) {
      case NONE -> {}
      case OPENAI -> {
        require(baseUrl, "baseUrl");
        require(model, "model");
      }
      case OLLAMA -> {
        baseUrl = baseUrl == null ? OLLAMA_BASE_URL : baseUrl;
        apiKey = apiKey == null ? "ollama" : apiKey;
        require(model, "model");
      }
    }
    if (baseUrl != null && !baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
    }
  }

  /** No model: the rule-based responder answers alone. */
  public static LlmSettings none() {
    return of(Provider.NONE, null, null, null);
  }

  /** {@code provider} with the default deadlines, retries and breaker. */
  public static LlmSettings of(Provider provider, String baseUrl, String apiKey, String model) {
    return new LlmSettings(
        provider,
        baseUrl,
        apiKey,
        model,
        DEFAULT_TIMEOUT,
        DEFAULT_FIRST_TOKEN_TIMEOUT,
        DEFAULT_TURN_TIMEOUT,
        DEFAULT_MAX_RETRIES,
        DEFAULT_BREAKER_THRESHOLD,
        DEFAULT_BREAKER_COOLDOWN);
  }

  /** These settings with other deadlines. */
  public LlmSettings withTimeouts(Duration timeout, Duration firstTokenTimeout, Duration turn) {
    return new LlmSettings(
        provider,
        baseUrl,
        apiKey,
        model,
        timeout,
        firstTokenTimeout,
        turn,
        maxRetries,
        breakerThreshold,
        breakerCooldown);
  }

  /** These settings with another retry count and breaker. */
  public LlmSettings withResilience(int maxRetries, int breakerThreshold, Duration cooldown) {
    return new LlmSettings(
        provider,
        baseUrl,
        apiKey,
        model,
        timeout,
        firstTokenTimeout,
        turnTimeout,
        maxRetries,
        breakerThreshold,
        cooldown);
  }

  /** The api key to send: OpenAI-protocol servers without authentication accept any. */
  public String apiKeyOrPlaceholder() {
    return apiKey == null ? "none" : apiKey;
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=%s, baseUrl=%s, model=%s, apiKey=%s, timeout=%s, firstTokenTimeout=%s, turnTimeout=%s, maxRetries=%d, breakerThreshold=%d, breakerCooldown=%s]"
        .formatted(
            provider,
            baseUrl,
            model,
            apiKey == null ? "unset" : "***",
            timeout,
            firstTokenTimeout,
            turnTimeout,
            maxRetries,
            breakerThreshold,
            breakerCooldown);
  }

  private static Duration positive(Duration d, Duration orElse, String name) {
    Duration v = d == null ? orElse : d;
    if (v.isNegative() || v.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + v);
    }
    return v;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void require(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required for this LLM provider");
    }
  }
}
