package org.creditrepair.assistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * 模拟模型服务：a local server (127.0.0.1 only) speaking the OpenAI chat-completions protocol, playing one
 * scripted response per request and recording the request bodies.
 */
final class OpenAiProtocolServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scripted response. */
  sealed interface Script {}

  /** Streams {@code chunks} as content deltas, then finish_reason stop and [DONE]. */
  record Text(List<String> chunks) implements Script {}

  /**
   * Streams one tool call whose arguments arrive in {@code fragments}, finish_reason tool_calls.
   */
  record ToolCall(String id, String name, List<String> fragments) implements Script {}

  /** Answers with an HTTP error status and an OpenAI error body. */
  record Status(int code) implements Script {}

  /** Sends the stream's headers, then nothing until the server closes. */
  record Stall() implements Script {}

  /** Streams {@code chunks}, then drops the connection without ending the stream. */
  record Disconnect(List<String> chunks) implements Script {}

  /** Sends an event that is not JSON. */
  record Malformed() implements Script {}

  /** A request the server received. */
  record Received(String path, String body) {
    /** The body as JSON. */
    com.fasterxml.jackson.databind.JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The messages sent, each as "role: content". */
    List<String> messages() {
      List<String> out = new ArrayList<>();
      json()
          .get("messages")
          .forEach(m -> out.add(m.get("role").asText() + ": " + m.path("content").asText()));
      return out;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Queue<Script> scripts = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private OpenAiProtocolServer(HttpServer server) {
    this.server = server;
  }

  /** A started server on a free port of the loopback interface. */
  static OpenAiProtocolServer start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      OpenAiProtocolServer s = new OpenAiProtocolServer(http);
      http.createContext("/", s::handle);
      http.setExecutor(s.executor);
      http.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Script text(String... chunks) {
    return new Text(List.of(chunks));
  }

  static Script toolCall(String id, String name, String... fragments) {
    return new ToolCall(id, name, List.of(fragments));
  }

  static Script status(int code) {
    return new Status(code);
  }

  static Script stall() {
    return new Stall();
  }

  static Script disconnectAfter(String... chunks) {
    return new Disconnect(List.of(chunks));
  }

  static Script malformed() {
    return new Malformed();
  }

  /** The base URL clients use (the {@code /v1} prefix of OpenAI). */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Queues responses for the next requests, in order. */
  OpenAiProtocolServer enqueue(Script... next) {
    scripts.addAll(List.of(next));
    return this;
  }

  /** The requests received so far, in order. */
  List<Received> requests() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(ex.getRequestURI().getPath(), body));
    Script script = scripts.poll();
    if (!ex.getRequestURI().getPath().endsWith("/chat/completions") || script == null) {
      script = new Status(script == null ? 500 : 404);
    }
    switch (script) {
      case Status s -> error(ex, s.code());
      case Text t -> {
        OutputStream out = open(ex);
        for (String c : t.chunks()) {
          event(out, chunk(Map.of("content", c), null));
        }
        end(ex, out, "stop");
      }
      case ToolCall c -> {
        OutputStream out = open(ex);
        event(out, chunk(Map.of("role", "assistant"), null));
        event(
            out,
            chunk(
                Map.of(
                    "tool_calls",
                    List.of(
                        Map.of(
                            "index",
                            0,
                            "id",
                            c.id(),
                            "type",
                            "function",
                            "function",
                            Map.of("name", c.name(), "arguments", "")))),
                null));
        for (String f : c.fragments()) {
          event(
              out,
              chunk(
                  Map.of(
                      "tool_calls",
                      List.of(Map.of("index", 0, "function", Map.of("arguments", f)))),
                  null));
        }
        end(ex, out, "tool_calls");
      }
      case Stall s -> {
        open(ex);
        await(30);
        ex.close();
      }
      case Disconnect d -> {
        OutputStream out = open(ex);
        for (String c : d.chunks()) {
          event(out, chunk(Map.of("content", c), null));
        }
        // An exception out of the handler makes the JDK server drop the connection without the
        // final chunk: the client sees the stream break.
        throw new IOException("scripted disconnect");
      }
      case Malformed m -> {
        OutputStream out = open(ex);
        out.write("data: {\"id\": \"x\", \"choices\": [\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        end(ex, out, "stop");
      }
    }
  }

  private void await(int seconds) {
    try {
      closing.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static OutputStream open(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "text/event-stream");
    ex.getResponseHeaders().add("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    OutputStream out = ex.getResponseBody();
    out.flush();
    return out;
  }

  private static void end(HttpExchange ex, OutputStream out, String finishReason)
      throws IOException {
    event(out, chunk(Map.of(), finishReason));
    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    ex.close();
  }

  private static void error(HttpExchange ex, int code) throws IOException {
    byte[] b =
        JSON.writeValueAsBytes(
            Map.of("error", Map.of("message", "scripted failure", "type", "server_error")));
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(code, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private static String chunk(Map<String, Object> delta, String finishReason) throws IOException {
    Map<String, Object> choice = new java.util.LinkedHashMap<>();
    choice.put("index", 0);
    choice.put("delta", delta);
    choice.put("finish_reason", finishReason);
    Map<String, Object> c = new java.util.LinkedHashMap<>();
    c.put("id", "chatcmpl-test");
    c.put("object", "chat.completion.chunk");
    c.put("created", 1_700_000_000);
    c.put("model", "test-model");
    c.put("choices", new ArrayList<>(List.of(choice)));
    return JSON.writeValueAsString(c);
  }

  private static void event(OutputStream out, String json) throws IOException {
    out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
