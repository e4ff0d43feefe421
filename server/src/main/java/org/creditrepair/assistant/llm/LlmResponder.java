package org.creditrepair.assistant.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.creditrepair.assistant.AssistantTool;
import org.creditrepair.assistant.ChatSink;
import org.creditrepair.assistant.Intent;
import org.creditrepair.assistant.Reply;
import org.creditrepair.assistant.Responder;
import org.creditrepair.assistant.Turn;

/**
 * 大模型应答器：lets an OpenAI-compatible model (or Ollama) phrase the rule-based answer of a turn and
 * call the assistant's tools; every streamed sentence passes the citation validator, only redacted
 * text reaches the model, and any model failure (HTTP error, timeout, broken stream, open circuit
 * breaker) falls back to the rule-based responder without throwing.
 */
public final class LlmResponder implements Responder {
  /** The notice between an interrupted model answer and the rule-based one that follows. */
  public static final String INTERRUPTED_NOTICE = "\n\n（智能回复中断，以下是系统依据规则整理的答复：）\n";

  private static final System.Logger LOG = System.getLogger(LlmResponder.class.getName());

  /** What each turn works with. */
  record Context(
      StreamingChatModel model,
      LlmSettings settings,
      Responder fallback,
      Map<String, AssistantTool> tools,
      List<ToolSpecification> specifications,
      Prompts prompts,
      Clock clock) {}

  private final Context ctx;
  private final CircuitBreaker breaker;

  /**
   * @param model the streaming model (tests pass their own)
   * @param fallback the rule-based responder that answers when the model is not used or fails
   * @param tools the tools the model may call
   */
  public LlmResponder(
      StreamingChatModel model,
      LlmSettings settings,
      Responder fallback,
      List<AssistantTool> tools,
      Prompts prompts,
      Clock clock) {
    Objects.requireNonNull(settings, "settings");
    if (settings.provider() == LlmSettings.Provider.NONE) {
      throw new IllegalArgumentException("no LLM provider configured");
    }
    Map<String, AssistantTool> byName = new LinkedHashMap<>();
    for (AssistantTool t : tools) {
      if (byName.put(t.name(), t) != null) {
        throw new IllegalArgumentException("two tools named " + t.name());
      }
    }
    this.ctx =
        new Context(
            Objects.requireNonNull(model, "model"),
            settings,
            Objects.requireNonNull(fallback, "fallback"),
            Map.copyOf(byName),
            byName.values().stream().map(ModelTurn::specification).toList(),
            Objects.requireNonNull(prompts, "prompts"),
            Objects.requireNonNull(clock, "clock"));
    this.breaker =
        new CircuitBreaker(settings.breakerThreshold(), settings.breakerCooldown(), clock);
  }

  /** A responder calling the model {@code settings} name over the OpenAI protocol. */
  public static LlmResponder create(
      LlmSettings settings,
      Responder fallback,
      List<AssistantTool> tools,
      Prompts prompts,
      Clock clock) {
    return new LlmResponder(openAiModel(settings), settings, fallback, tools, prompts, clock);
  }

  /** The OpenAI-protocol streaming model of {@code settings} on the JDK HTTP client. */
  static StreamingChatModel openAiModel(LlmSettings s) {
    HttpClient.Builder http = HttpClient.newBuilder();
    if (s.baseUrl().startsWith("http://")) {
      http.version(HttpClient.Version.HTTP_1_1);
    }
    Duration connect =
        s.timeout().compareTo(Duration.ofSeconds(5)) < 0 ? s.timeout() : Duration.ofSeconds(5);
    return OpenAiStreamingChatModel.builder()
        .httpClientBuilder(
            JdkHttpClient.builder()
                .httpClientBuilder(http)
                .connectTimeout(connect)
                .readTimeout(s.timeout()))
        .baseUrl(s.baseUrl())
        .apiKey(s.apiKeyOrPlaceholder())
        .modelName(s.model())
        .timeout(s.timeout())
        .temperature(0.2)
        .build();
  }

  @Override
  public Reply respond(Turn turn, ChatSink sink) {
    Reply grounded = turn.grounded();
    if (grounded.intent() == Intent.REFUSE
        || grounded.asksQuestion()
        || turn.redactedMessage() == null
        || turn.redactedMessage().isBlank()) {
      return ctx.fallback().respond(turn, sink);
    }
    if (!breaker.tryAcquire()) {
      return ctx.fallback().respond(turn, sink).asFallback();
    }
    ModelTurn run = new ModelTurn(ctx, turn, sink);
    boolean reported = false;
    try {
      Reply reply = run.run();
      breaker.recordSuccess();
      reported = true;
      return reply;
    } catch (ModelStream.Failure f) {
      breaker.recordFailure();
      reported = true;
      LOG.log(
          System.Logger.Level.WARNING,
          "LLM {0} failed ({1}){2}; answering with the rules",
          name(),
          f.getMessage(),
          run.answered() ? " mid-answer" : "");
      return run.fallBack();
    } finally {
      if (!reported) {
        breaker.abandon();
      }
    }
  }

  @Override
  public String name() {
    return ctx.settings().provider() == LlmSettings.Provider.OLLAMA ? "ollama" : "openai";
  }

  /** The breaker's state (for metrics and tests). */
  public CircuitBreaker.State breakerState() {
    return breaker.state();
  }
}
