package org.creditrepair.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.creditrepair.assistant.AssistantTool;
import org.creditrepair.assistant.ChatAction;
import org.creditrepair.assistant.ChatCitation;
import org.creditrepair.assistant.ChatEvent;
import org.creditrepair.assistant.ChatMessage;
import org.creditrepair.assistant.Intent;
import org.creditrepair.assistant.Redactor;
import org.creditrepair.assistant.Reply;
import org.creditrepair.assistant.Responder;
import org.creditrepair.assistant.ToolCall;
import org.creditrepair.assistant.Turn;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmResponderTest {
  static final String USCC = "91350100M000100Y43";
  static final ChatCitation GROUNDED =
      new ChatCitation(
          "samr-credit-repair",
          "市场监督管理信用修复管理办法",
          "第十三条",
          true,
          ChatCitation.Origin.RULE,
          "RULE-TEST");
  static final ChatCitation TOOL_CITATION =
      new ChatCitation(
          "station-guide", "信用修复服务站办事指南", "第五条", false, ChatCitation.Origin.RETRIEVAL, null);
  static final String FACTS = "这条行政处罚信息属于轻微情形，公示期满三个月后可以申请信用修复。";

  static Prompts prompts;
  OpenAiProtocolServer server;
  MutableClock clock;
  RulesResponder rules;

  @BeforeAll
  static void loadPrompts() {
    prompts = Prompts.fromClasspath();
  }

  @BeforeEach
  void startServer() {
    server = OpenAiProtocolServer.start();
    clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    rules = new RulesResponder();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void should_stream_the_model_answer_as_deltas() {
    server.enqueue(
        OpenAiProtocolServer.text(
            "根据《市场监督管理信用修复管理办法》第十三条，", "您这条处罚公示满三个月后", "就可以申请修复。", "官方修复", "不收费。"));
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("我被罚了能修复吗", grounded()), sink);

    assertEquals(List.of("根据《市场监督管理信用修复管理办法》第十三条，您这条处罚公示满三个月后就可以申请修复。", "官方修复不收费。"), sink.deltas());
    assertEquals(String.join("", sink.deltas()), reply.text());
    assertFalse(reply.fallback());
    assertTrue(reply.grounded());
    assertEquals(Intent.DIAGNOSE, reply.intent());
    assertEquals(List.of(GROUNDED), reply.citations());
    assertTrue(reply.actions().stream().noneMatch(a -> a.type().equals("REFERENCES_REMOVED")));
    assertEquals(0, rules.calls);
    OpenAiProtocolServer.Received request = server.requests().get(0);
    assertEquals("/v1/chat/completions", request.path());
    assertTrue(request.json().get("stream").asBoolean(), request.body());
    assertTrue(request.body().contains("信用修复助手"), "system prompt sent");
    assertTrue(request.body().contains("- 《市场监督管理信用修复管理办法》第十三条"), "citations listed");
    assertTrue(request.body().contains(FACTS), "facts sent");
  }

  @Test
  void should_remove_an_invented_reference_and_keep_the_grounded_one() {
    server.enqueue(
        OpenAiProtocolServer.text("依据《市场监督管理信用修复管理办法》第十三条可以申请，另据《某某", "条例》第九十", "九条须先缴纳费用。"));
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("能修复吗", grounded()), sink);

    assertTrue(reply.text().contains("《市场监督管理信用修复管理办法》第十三条"), reply.text());
    assertFalse(reply.text().contains("某某条例"), reply.text());
    assertFalse(reply.text().contains("第九十九条"), reply.text());
    assertTrue(reply.text().contains("〔此处引用未能核对，已删除〕"), reply.text());
    assertEquals(reply.text(), String.join("", sink.deltas()));
    ChatAction removed =
        reply.actions().stream()
            .filter(a -> a.type().equals("REFERENCES_REMOVED"))
            .findFirst()
            .orElseThrow();
    assertEquals("《某某条例》第九十九条", removed.data().get("references"));
    assertFalse(reply.fallback());
  }

  @Test
  void should_execute_a_tool_called_in_fragments_and_send_its_result_to_the_model() {
    StatusTool tool = new StatusTool();
    server.enqueue(
        OpenAiProtocolServer.toolCall(
            "call_1", "application_status", "{\"applic", "ationId\": \"A-", "1\"}"),
        OpenAiProtocolServer.text("您的申请 A-1 正在审核中，", "依据《信用修复服务站办事指南》第五条，审核结果会通知您。"));
    Recorder sink = new Recorder();

    Reply reply = responder(settings(), List.of(tool)).respond(turn("我的申请到哪一步了", grounded()), sink);

    assertEquals(List.of(Map.of("applicationId", "A-1")), tool.arguments);
    assertInstanceOf(ChatEvent.Tool.class, sink.events.get(0));
    assertEquals("application_status", ((ChatEvent.Tool) sink.events.get(0)).call().name());
    assertTrue(reply.text().contains("《信用修复服务站办事指南》第五条"), reply.text());
    assertEquals(List.of(GROUNDED, TOOL_CITATION), reply.citations());
    assertEquals(
        List.of("application_status"), reply.tools().stream().map(ToolCall::name).toList());
    assertFalse(reply.fallback());
    List<OpenAiProtocolServer.Received> requests = server.requests();
    assertEquals(2, requests.size());
    var function = requests.get(0).json().get("tools").get(0).get("function");
    assertEquals("application_status", function.get("name").asText());
    assertEquals("applicationId", function.get("parameters").get("required").get(0).asText());
    var messages = requests.get(1).json().get("messages");
    var assistant = messages.get(messages.size() - 2);
    assertEquals("call_1", assistant.get("tool_calls").get(0).get("id").asText());
    var result = messages.get(messages.size() - 1);
    assertEquals("tool", result.get("role").asText());
    assertEquals("call_1", result.get("tool_call_id").asText());
    assertTrue(result.get("content").asText().contains("申请 A-1 状态：审核中"), result.toString());
  }

  @Test
  void should_retry_once_then_fall_back_when_the_model_answers_500() {
    server.enqueue(OpenAiProtocolServer.status(500), OpenAiProtocolServer.status(500));
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("能修复吗", grounded()), sink);

    assertEquals(2, server.requests().size(), "one call and one retry");
    assertTrue(reply.fallback());
    assertEquals(FACTS, reply.text());
    assertEquals(List.of(FACTS), sink.deltas());
    assertEquals(1, rules.calls);
  }

  @Test
  void should_answer_from_the_retry_when_only_the_first_call_fails() {
    server.enqueue(OpenAiProtocolServer.status(503), OpenAiProtocolServer.text("可以申请修复。"));
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("能修复吗", grounded()), sink);

    assertEquals(2, server.requests().size());
    assertFalse(reply.fallback());
    assertEquals(List.of("可以申请修复。"), sink.deltas());
  }

  @Test
  void should_fall_back_when_the_first_token_does_not_arrive_in_time() {
    server.enqueue(OpenAiProtocolServer.stall(), OpenAiProtocolServer.stall());
    LlmSettings s =
        settings()
            .withTimeouts(Duration.ofSeconds(3), Duration.ofMillis(300), Duration.ofSeconds(5));
    Recorder sink = new Recorder();

    long start = System.nanoTime();
    Reply reply = responder(s).respond(turn("能修复吗", grounded()), sink);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(reply.fallback());
    assertEquals(List.of(FACTS), sink.deltas());
    assertEquals(2, server.requests().size(), "retried once");
    assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "took " + took);
  }

  @Test
  void should_fall_back_when_the_whole_turn_runs_out_of_time() {
    server.enqueue(OpenAiProtocolServer.stall(), OpenAiProtocolServer.stall());
    LlmSettings s =
        settings()
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(400));
    Recorder sink = new Recorder();

    long start = System.nanoTime();
    Reply reply = responder(s).respond(turn("能修复吗", grounded()), sink);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(reply.fallback());
    assertEquals(1, server.requests().size(), "no retry after the turn deadline");
    assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "took " + took);
  }

  @Test
  void should_fall_back_cleanly_with_the_notice_when_the_stream_breaks_mid_answer() {
    server.enqueue(OpenAiProtocolServer.disconnectAfter("您的记录可以修复。", "接下来您需要"));
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("能修复吗", grounded()), sink);

    assertEquals(List.of("您的记录可以修复。", LlmResponder.INTERRUPTED_NOTICE, FACTS), sink.deltas());
    assertEquals(String.join("", sink.deltas()), reply.text());
    assertTrue(reply.fallback());
    assertEquals(1, server.requests().size(), "no retry once text reached the user");
    assertEquals(List.of(GROUNDED), reply.citations());
  }

  @Test
  void should_fall_back_when_the_stream_is_malformed() {
    server.enqueue(OpenAiProtocolServer.malformed(), OpenAiProtocolServer.malformed());
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("能修复吗", grounded()), sink);

    assertTrue(reply.fallback());
    assertEquals(List.of(FACTS), sink.deltas());
  }

  @Test
  void should_open_the_breaker_after_three_failures_and_try_again_after_the_cooldown() {
    LlmSettings s = settings().withResilience(0, 3, Duration.ofSeconds(30));
    LlmResponder responder = responder(s);
    server.enqueue(
        OpenAiProtocolServer.status(500),
        OpenAiProtocolServer.status(500),
        OpenAiProtocolServer.status(500));
    for (int i = 0; i < 3; i++) {
      assertTrue(responder.respond(turn("能修复吗", grounded()), new Recorder()).fallback());
    }
    assertEquals(3, server.requests().size());
    assertEquals(CircuitBreaker.State.OPEN, responder.breakerState());

    clock.advance(Duration.ofSeconds(29));
    Recorder open = new Recorder();
    Reply whileOpen = responder.respond(turn("能修复吗", grounded()), open);
    assertTrue(whileOpen.fallback());
    assertEquals(List.of(FACTS), open.deltas());
    assertEquals(3, server.requests().size(), "no request while open");

    clock.advance(Duration.ofSeconds(2));
    server.enqueue(OpenAiProtocolServer.text("可以申请修复。"));
    Reply trial = responder.respond(turn("能修复吗", grounded()), new Recorder());
    assertFalse(trial.fallback());
    assertEquals(4, server.requests().size());
    assertEquals(CircuitBreaker.State.CLOSED, responder.breakerState());
  }

  @Test
  void should_send_no_identity_card_or_mobile_number_to_the_model() {
    String idCard = "11010519491231002X";
    String mobile = "13812345678";
    String message = "我身份证" + idCard + "，电话" + mobile + "，这条处罚能修复吗";
    assertFalse(Redactor.redact(message).contains(idCard), "the example is a valid id card");
    List<ChatMessage> history =
        List.of(
            new ChatMessage(
                "m1",
                ChatMessage.Role.USER,
                "之前留过电话 13912345678",
                USCC,
                clock.instant(),
                Intent.UNKNOWN,
                List.of()));
    Reply grounded = grounded("联系人手机 13700001111 已登记。" + FACTS);
    Turn turn =
        new Turn(
            principal(),
            "s1",
            message,
            Redactor.redact(message),
            history,
            USCC,
            LocalDate.of(2026, 3, 2),
            grounded);
    server.enqueue(OpenAiProtocolServer.text("可以申请修复。"));

    responder(settings()).respond(turn, new Recorder());

    String body = server.requests().get(0).body();
    for (String secret : List.of(idCard, mobile, "13912345678", "13700001111")) {
      assertFalse(body.contains(secret), secret + " reached the model");
    }
    assertTrue(body.contains("［身份证号已隐去］"));
    assertTrue(body.contains(USCC) || !message.contains(USCC));
  }

  @Test
  void should_send_only_the_last_twelve_history_messages_in_their_roles() {
    List<ChatMessage> history = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      ChatMessage.Role role = i % 2 == 0 ? ChatMessage.Role.USER : ChatMessage.Role.ASSISTANT;
      history.add(
          new ChatMessage(
              "m" + i, role, "历史消息" + i + "号", USCC, clock.instant(), Intent.UNKNOWN, List.of()));
    }
    history.add(
        new ChatMessage(
            "m15", ChatMessage.Role.SYSTEM, "已转人工", "system", clock.instant(), null, List.of()));
    Turn turn =
        new Turn(
            principal(), "s1", "能修复吗", "能修复吗", history, USCC, LocalDate.of(2026, 3, 2), grounded());
    server.enqueue(OpenAiProtocolServer.text("可以。"));

    responder(settings()).respond(turn, new Recorder());

    List<String> sent = server.requests().get(0).messages();
    assertEquals(14, sent.size(), "system, twelve history messages, the message");
    assertTrue(sent.get(0).startsWith("system: "));
    assertEquals("assistant: 历史消息3号", sent.get(1));
    assertEquals("user: 历史消息14号", sent.get(12));
    assertEquals("user: 能修复吗", sent.get(13));
    assertTrue(sent.stream().noneMatch(m -> m.contains("已转人工")));
  }

  @Test
  void should_never_call_the_model_for_a_refusal() {
    Reply refusal =
        new Reply(
            Intent.REFUSE,
            "这是违法的，官方信用修复不收费。",
            List.of(GROUNDED),
            List.of(),
            List.of(),
            true,
            false);
    Recorder sink = new Recorder();

    Reply reply = responder(settings()).respond(turn("花钱帮我洗白", refusal), sink);

    assertSame(refusal, reply);
    assertEquals(List.of(refusal.text()), sink.deltas());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void should_leave_a_question_of_the_rules_to_the_rules() {
    Reply ask =
        new Reply(
            Intent.DIAGNOSE,
            "请问处罚决定书上的日期是哪天？",
            List.of(),
            List.of(),
            List.of(ChatAction.of("ASK", "field", "decisionDate")),
            false,
            false);

    Reply reply = responder(settings()).respond(turn("能修复吗", ask), new Recorder());

    assertSame(ask, reply);
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void should_use_the_rules_alone_when_no_model_is_configured() {
    Responder r =
        LlmResponders.create(LlmSettings.none(), rules, List.of(), prompts, Clock.systemUTC());
    assertSame(rules, r);
    Responder ollama =
        LlmResponders.create(
            LlmSettings.of(LlmSettings.Provider.OLLAMA, null, null, "qwen2.5:7b"),
            rules,
            List.of(),
            prompts,
            Clock.systemUTC());
    assertEquals("ollama", ollama.name());
    assertEquals("openai", responder(settings()).name());
  }

  // --- fixtures

  LlmSettings settings() {
    return LlmSettings.of(LlmSettings.Provider.OPENAI, server.baseUrl(), "test-key", "test-model")
        .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(6));
  }

  LlmResponder responder(LlmSettings s) {
    return responder(s, List.of());
  }

  LlmResponder responder(LlmSettings s, List<AssistantTool> tools) {
    return LlmResponder.create(s, rules, tools, prompts, clock);
  }

  static Principal principal() {
    return new Principal(USCC, Role.ENTERPRISE, Instant.parse("2026-12-31T00:00:00Z"));
  }

  static Reply grounded() {
    return grounded(FACTS);
  }

  static Reply grounded(String text) {
    return new Reply(Intent.DIAGNOSE, text, List.of(GROUNDED), List.of(), List.of(), true, false);
  }

  static Turn turn(String message, Reply grounded) {
    return new Turn(
        principal(),
        "s1",
        message,
        Redactor.redact(message),
        List.of(),
        USCC,
        LocalDate.of(2026, 3, 2),
        grounded);
  }

  /** The rule-based responder: streams the grounded answer as it is. */
  static final class RulesResponder implements Responder {
    int calls;

    @Override
    public Reply respond(Turn turn, org.creditrepair.assistant.ChatSink sink) {
      calls++;
      sink.accept(new ChatEvent.Delta(turn.grounded().text()));
      return turn.grounded();
    }

    @Override
    public String name() {
      return "rules";
    }
  }

  /** A tool reporting an application's status, with a citation of its own. */
  static final class StatusTool implements AssistantTool {
    final List<Map<String, String>> arguments = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "application_status";
    }

    @Override
    public String description() {
      return "查询信用修复申请的办理进度";
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(new Parameter("applicationId", "申请编号", true));
    }

    @Override
    public Result call(Turn turn, Map<String, String> args) {
      arguments.add(args);
      String id = args.getOrDefault("applicationId", "");
      return new Result(
          new ToolCall(name(), args, true, "申请 " + id + " 审核中"),
          "申请 " + id + " 状态：审核中（受理机关正在审核）",
          List.of(TOOL_CITATION));
    }
  }

  /** Collects a turn's events. */
  static final class Recorder implements org.creditrepair.assistant.ChatSink {
    final List<ChatEvent> events = new ArrayList<>();

    @Override
    public void accept(ChatEvent event) {
      events.add(event);
    }

    List<String> deltas() {
      return events.stream()
          .filter(e -> e instanceof ChatEvent.Delta)
          .map(e -> ((ChatEvent.Delta) e).text())
          .collect(Collectors.toList());
    }
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
