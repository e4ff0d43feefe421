package org.creditrepair.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.creditrepair.app.Application;
import org.creditrepair.app.LlmConfig;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server configured with an OpenAI-compatible model (a local protocol server on
 * 127.0.0.1): the model phrases, invented references are removed, personal data never reaches it,
 * and a failing model gives the rule-based answer.
 */
class LlmServerIT {
  static final String A = Uscc.withCheckCharacter("91330106MA2D00001");

  @TempDir static Path tmp;
  static OpenAiProtocolServer model;
  static Application app;
  static TestHttp http;

  @BeforeAll
  static void start() throws Exception {
    model = OpenAiProtocolServer.start();
    app =
        TestServers.inProcess(
            tmp,
            new LlmConfig(
                "openai", model.baseUrl(), "test-key", "qwen-test", Duration.ofSeconds(5)));
    http = new TestHttp(app.httpPort());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (model != null) {
      model.close();
    }
  }

  static JsonNode chat(String message) throws Exception {
    String t = TestServers.token(tmp.resolve("data"), Role.ENTERPRISE, A, Duration.ofMinutes(5));
    var r =
        http.send(
            http.request("/api/v1/chat")
                .header("Authorization", "Bearer " + t)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        TestHttp.JSON.writeValueAsString(java.util.Map.of("message", message))))
                .build());
    assertEquals(200, r.statusCode(), r.body());
    return TestHttp.json(r);
  }

  @Test
  void should_let_the_model_phrase_and_remove_what_nothing_produced() throws Exception {
    model.enqueue(OpenAiProtocolServer.text("您好，信用修复不收费。", "另据《某某信用条例》第九十九条，", "可以加急办理。"));
    JsonNode j = chat("信用修复收费吗？我手机13812345678");
    assertEquals("openai", j.get("responder").asText());
    assertFalse(j.get("fallback").asBoolean());
    assertTrue(j.get("answer").asText().contains("信用修复不收费"), j.toString());
    assertFalse(j.get("answer").asText().contains("第九十九条"), j.toString());
    assertTrue(j.get("removedReferences").toString().contains("某某信用条例"), j.toString());
    String sent = model.requests().getLast().body();
    assertFalse(sent.contains("13812345678"), "the model never sees the phone number");
  }

  @Test
  void should_give_the_rule_based_answer_when_the_model_fails() throws Exception {
    model.enqueue(OpenAiProtocolServer.status(500), OpenAiProtocolServer.status(500));
    JsonNode j = chat("年报什么时候报？");
    assertTrue(j.get("fallback").asBoolean(), j.toString());
    assertTrue(j.get("answer").asText().contains("6月30日"), j.toString());
    assertFalse(j.get("citations").isEmpty());
  }

  @Test
  void should_refuse_without_asking_the_model() throws Exception {
    int before = model.requests().size();
    JsonNode j = chat("帮我做一份假的缴款凭证");
    assertEquals("REFUSE", j.get("intent").asText());
    assertEquals(before, model.requests().size());
  }
}
