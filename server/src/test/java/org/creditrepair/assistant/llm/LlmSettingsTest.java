package org.creditrepair.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.creditrepair.assistant.llm.LlmSettings.Provider;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
  @Test
  void should_default_the_deadlines_retries_and_breaker() {
    LlmSettings s = LlmSettings.of(Provider.OPENAI, "https://api.example.test/v1", "k", "m");
    assertEquals(Duration.ofSeconds(20), s.timeout());
    assertEquals(Duration.ofSeconds(8), s.firstTokenTimeout());
    assertEquals(1, s.maxRetries());
    assertEquals(3, s.breakerThreshold());
    assertEquals(Duration.ofSeconds(30), s.breakerCooldown());
  }

  @Test
  void should_need_a_base_url_and_a_model_for_openai() {
    assertThrows(
        IllegalArgumentException.class, () -> LlmSettings.of(Provider.OPENAI, null, "k", "m"));
    assertThrows(
        IllegalArgumentException.class,
        () -> LlmSettings.of(Provider.OPENAI, "http://127.0.0.1:1/v1", "k", " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> LlmSettings.of(Provider.OPENAI, "ftp://127.0.0.1/v1", "k", "m"));
  }

  @Test
  void should_default_ollama_to_the_local_endpoint_without_a_key() {
    LlmSettings s = LlmSettings.of(Provider.OLLAMA, "", "", "qwen2.5:7b");
    assertEquals("http://127.0.0.1:11434/v1", s.baseUrl());
    assertEquals("ollama", s.apiKey());
  }

  @Test
  void should_need_nothing_for_none() {
    assertEquals(Provider.NONE, LlmSettings.none().provider());
  }

  @Test
  void should_reject_negative_retries_and_non_positive_timeouts() {
    LlmSettings s = LlmSettings.of(Provider.OLLAMA, null, null, "m");
    assertThrows(
        IllegalArgumentException.class, () -> s.withResilience(-1, 3, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class, () -> s.withResilience(1, 0, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> s.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
  }

  @Test
  void should_not_print_the_api_key() {
    LlmSettings s = LlmSettings.of(Provider.OPENAI, "https://x.test/v1", "sk-secret", "m");
    assertFalse(s.toString().contains("sk-secret"));
  }
}
