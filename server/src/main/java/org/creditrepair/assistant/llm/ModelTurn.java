package org.creditrepair.assistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.assistant.AssistantTool;
import org.creditrepair.assistant.ChatAction;
import org.creditrepair.assistant.ChatCitation;
import org.creditrepair.assistant.ChatEvent;
import org.creditrepair.assistant.ChatSink;
import org.creditrepair.assistant.CitationValidator;
import org.creditrepair.assistant.Redactor;
import org.creditrepair.assistant.Reply;
import org.creditrepair.assistant.ToolCall;
import org.creditrepair.assistant.Turn;

/**
 * 一轮模型对话：the model calls, tool rounds and checked text of one turn, and the reply composed from
 * them; one instance per turn, used from one thread.
 */
final class ModelTurn {
  static final int MAX_HISTORY = 12;
  static final int MAX_TOOL_ROUNDS = 3;
  static final String REFERENCES_REMOVED = "REFERENCES_REMOVED";
  static final String TOOL_FAILED_SUMMARY = "调用失败";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmResponder.Context ctx;
  private final Turn turn;
  private final ChatSink sink;
  private final Set<CitationValidator.Allowed> allowed = new LinkedHashSet<>();
  private final SentenceGate gate = new SentenceGate(allowed);
  private final StringBuilder emitted = new StringBuilder();
  private final List<ToolCall> modelTools = new ArrayList<>();
  private final List<ChatCitation> toolCitations = new ArrayList<>();
  private final long deadline;
  private int retriesLeft;

  ModelTurn(LlmResponder.Context ctx, Turn turn, ChatSink sink) {
    this.ctx = ctx;
    this.turn = turn;
    this.sink = sink;
    this.retriesLeft = ctx.settings().maxRetries();
    this.deadline = System.nanoTime() + ctx.settings().turnTimeout().toNanos();
    turn.grounded().citations().forEach(c -> allowed.add(c.allowed()));
  }

  /** True once any text reached the user. */
  boolean answered() {
    return !emitted.isEmpty();
  }

  /** Runs the model (with tool rounds) and returns the checked answer. */
  Reply run() throws ModelStream.Failure {
    List<ChatMessage> messages = messages();
    for (int round = 0; ; round++) {
      boolean offerTools = round < MAX_TOOL_ROUNDS && !ctx.specifications().isEmpty();
      AiMessage ai = callWithRetries(messages, offerTools).aiMessage();
      if (!ai.hasToolExecutionRequests()) {
        gate.flush().forEach(this::emit);
        if (emitted.toString().isBlank()) {
          throw new ModelStream.Failure("empty answer");
        }
        return reply(false);
      }
      if (!offerTools) {
        throw new ModelStream.Failure("tool calls beyond the round limit");
      }
      gate.flush().forEach(this::emit);
      messages.add(ai);
      for (ToolExecutionRequest request : ai.toolExecutionRequests()) {
        messages.add(execute(request));
      }
    }
  }

  /**
   * The rule-based answer after a model failure: after text already reached the user, a notice and
   * then the fallback's text; the reply's text is everything the user saw.
   */
  Reply fallBack() {
    boolean midAnswer = answered();
    if (midAnswer) {
      emit(LlmResponder.INTERRUPTED_NOTICE);
    }
    Reply fb =
        ctx.fallback()
            .respond(
                turn,
                event -> {
                  if (midAnswer && event instanceof ChatEvent.Delta d) {
                    emitted.append(d.text());
                  }
                  sink.accept(event);
                });
    List<ToolCall> tools = new ArrayList<>(fb.tools());
    tools.addAll(modelTools);
    if (!midAnswer) {
      return new Reply(
          fb.intent(), fb.text(), fb.citations(), tools, fb.actions(), fb.grounded(), true);
    }
    return new Reply(
        fb.intent(),
        emitted.toString(),
        citations(fb.citations()),
        tools,
        actions(fb.actions()),
        fb.grounded(),
        true);
  }

  private ChatResponse callWithRetries(List<ChatMessage> messages, boolean offerTools)
      throws ModelStream.Failure {
    ChatRequest.Builder b = ChatRequest.builder().messages(List.copyOf(messages));
    if (offerTools) {
      b.toolSpecifications(ctx.specifications());
    }
    ChatRequest request = b.build();
    while (true) {
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        throw new ModelStream.Failure("turn deadline");
      }
      long doneBy = Math.min(now + ctx.settings().timeout().toNanos(), deadline);
      long firstBy = now + ctx.settings().firstTokenTimeout().toNanos();
      try {
        return ModelStream.call(ctx.model(), request, firstBy, doneBy, this::onText);
      } catch (ModelStream.Failure f) {
        if (answered() || retriesLeft <= 0) {
          throw f;
        }
        retriesLeft--;
        gate.discard();
      }
    }
  }

  private void onText(String fragment) {
    gate.offer(fragment).forEach(this::emit);
  }

  private void emit(String text) {
    if (!text.isEmpty()) {
      emitted.append(text);
      sink.accept(new ChatEvent.Delta(text));
    }
  }

  private ToolExecutionResultMessage execute(ToolExecutionRequest request) {
    AssistantTool tool = ctx.tools().get(request.name());
    if (tool == null) {
      String name = request.name() == null ? "" : request.name();
      return result(request, ctx.prompts().text("unknown_tool", Map.of("name", name)));
    }
    Map<String, String> arguments;
    try {
      arguments = arguments(request.arguments());
    } catch (IllegalArgumentException e) {
      return result(request, ctx.prompts().text("bad_arguments", Map.of()));
    }
    AssistantTool.Result r;
    try {
      r = tool.call(turn, arguments);
    } catch (RuntimeException e) {
      r =
          new AssistantTool.Result(
              new ToolCall(tool.name(), arguments, false, TOOL_FAILED_SUMMARY),
              ctx.prompts().text("tool_failed", Map.of("name", tool.name())),
              List.of());
    }
    sink.accept(new ChatEvent.Tool(r.call()));
    modelTools.add(r.call());
    for (ChatCitation c : r.citations()) {
      toolCitations.add(c);
      allowed.add(c.allowed());
    }
    return result(request, r.content());
  }

  private static ToolExecutionResultMessage result(ToolExecutionRequest request, String text) {
    return ToolExecutionResultMessage.from(request, Redactor.redact(text == null ? "" : text));
  }

  /** The JSON arguments object as strings (personal data masked); blank means none. */
  static Map<String, String> arguments(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("arguments are not JSON");
    }
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("arguments are not a JSON object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    node.properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              if (!v.isNull()) {
                out.put(e.getKey(), Redactor.redact(v.isValueNode() ? v.asText() : v.toString()));
              }
            });
    return out;
  }

  /** System prompt with the grounded facts, recent history, then the redacted user message. */
  private List<ChatMessage> messages() {
    Reply g = turn.grounded();
    String citations =
        g.citations().isEmpty()
            ? ctx.prompts().text("no_citations", Map.of())
            : g.citations().stream()
                .map(c -> "- " + c.label())
                .distinct()
                .collect(Collectors.joining("\n"));
    LocalDate today = turn.today() != null ? turn.today() : LocalDate.now(ctx.clock());
    String context =
        ctx.prompts()
            .context(
                Map.of(
                    "facts",
                    g.text() == null ? "" : g.text(),
                    "citations",
                    citations,
                    "today",
                    today.toString()));
    List<ChatMessage> out = new ArrayList<>();
    out.add(SystemMessage.from(Redactor.redact(ctx.prompts().system() + "\n\n" + context)));
    out.addAll(history());
    out.add(UserMessage.from(Redactor.redact(turn.redactedMessage())));
    return out;
  }

  private List<ChatMessage> history() {
    List<org.creditrepair.assistant.ChatMessage> h =
        new ArrayList<>(
            turn.history().stream()
                .filter(m -> m.role() != org.creditrepair.assistant.ChatMessage.Role.SYSTEM)
                .filter(m -> !m.text().isBlank())
                .toList());
    if (!h.isEmpty()) {
      var last = h.get(h.size() - 1);
      if (last.role() == org.creditrepair.assistant.ChatMessage.Role.USER
          && last.text().equals(turn.redactedMessage())) {
        h.remove(h.size() - 1);
      }
    }
    List<ChatMessage> out = new ArrayList<>();
    for (var m : h.subList(Math.max(0, h.size() - MAX_HISTORY), h.size())) {
      String text = Redactor.redact(m.text());
      out.add(
          m.role() == org.creditrepair.assistant.ChatMessage.Role.USER
              ? UserMessage.from(text)
              : AiMessage.from(text));
    }
    return out;
  }

  private Reply reply(boolean fallback) {
    Reply g = turn.grounded();
    List<ToolCall> tools = new ArrayList<>(g.tools());
    tools.addAll(modelTools);
    return new Reply(
        g.intent(),
        emitted.toString(),
        citations(g.citations()),
        tools,
        actions(g.actions()),
        g.grounded(),
        fallback);
  }

  private List<ChatCitation> citations(List<ChatCitation> base) {
    List<ChatCitation> out = new ArrayList<>(base);
    for (ChatCitation c : toolCitations) {
      if (out.stream().noneMatch(c::sameReference)) {
        out.add(c);
      }
    }
    return out;
  }

  private List<ChatAction> actions(List<ChatAction> base) {
    List<String> removed = gate.removed();
    if (removed.isEmpty()) {
      return base;
    }
    List<ChatAction> out = new ArrayList<>(base);
    out.add(
        ChatAction.of(
            REFERENCES_REMOVED,
            "references",
            removed.stream().distinct().collect(Collectors.joining("；"))));
    return out;
  }

  /** The tool as the model sees it: its name, description and string parameters. */
  static ToolSpecification specification(AssistantTool tool) {
    var params = new dev.langchain4j.model.chat.request.json.JsonObjectSchema.Builder();
    List<String> required = new ArrayList<>();
    for (AssistantTool.Parameter p : tool.parameters()) {
      params.addStringProperty(p.name(), p.description());
      if (p.required()) {
        required.add(p.name());
      }
    }
    params.required(required);
    return ToolSpecification.builder()
        .name(tool.name())
        .description(tool.description())
        .parameters(params.build())
        .build();
  }
}
