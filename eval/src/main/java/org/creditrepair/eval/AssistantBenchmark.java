package org.creditrepair.eval;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 助手基准：against the real server jar on 127.0.0.1, the time from sending {@code POST /api/v1/chat} to
 * the first SSE event and to {@code done}, offline (rule-based responder) over a mix of policy
 * questions, diagnosis questions, refusals and greetings; then, with the server pointed at a local
 * OpenAI-protocol stand-in, the time the assistant adds to the model call. Usage: {@code
 * AssistantBenchmark --server-jar JAR [--requests N] [--corpus-dirs D1:D2] [--embeddings on|off]}.
 */
public final class AssistantBenchmark {
  static final List<String> MESSAGES =
      List.of(
          "信用修复要收费吗？",
          "行政处罚信息的最短公示期是多久？",
          "我们公司被罚款了，能修复吗",
          "能不能花钱把处罚记录洗白",
          "你好",
          "被列入经营异常名录怎么移出？",
          "年报什么时候报？",
          "失信被执行人怎么修复？");

  /** Turns the model answers (refusals and questions for missing facts never reach it). */
  static final List<String> MODEL_MESSAGES =
      List.of("信用修复要收费吗？", "行政处罚信息的最短公示期是多久？", "被列入经营异常名录怎么移出？", "年报什么时候报？", "失信被执行人怎么修复？");

  private AssistantBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = null;
    int n = 400;
    String corpus = "";
    String embeddings = "on";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--server-jar" -> jar = Path.of(args[++i]);
        case "--requests" -> n = Integer.parseInt(args[++i]);
        case "--corpus-dirs" -> corpus = args[++i];
        case "--embeddings" -> embeddings = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (jar == null) {
      throw new IllegalArgumentException("--server-jar is required");
    }
    List<String> flags = new ArrayList<>(List.of("--embeddings", embeddings));
    if (!corpus.isBlank()) {
      flags.addAll(List.of("--corpus-dirs", corpus));
    }
    System.out.printf(
        Locale.ROOT,
        "assistant benchmark: %d requests per run, embeddings %s, corpus %s%n",
        n,
        embeddings,
        corpus.isBlank() ? "(bundled guides only)" : corpus);
    Result offline = run(jar, n, flags, MESSAGES, "offline (rule-based responder), mixed turns");
    Result offlineModelTurns =
        run(jar, n, flags, MODEL_MESSAGES, "offline (rule-based responder), the model run's turns");
    try (OpenAiStandIn model = new OpenAiStandIn()) {
      long[] direct = directCalls(model.baseUrl(), n);
      List<String> withModel = new ArrayList<>(flags);
      withModel.addAll(
          List.of(
              "--llm-provider",
              "openai",
              "--llm-base-url",
              model.baseUrl(),
              "--llm-model",
              "stand-in",
              "--llm-api-key",
              "local"));
      Result llm =
          run(
              jar,
              n,
              withModel,
              MODEL_MESSAGES,
              "with model (OpenAI protocol stand-in on 127.0.0.1)");
      Percentiles d = new Percentiles(direct);
      System.out.println("direct model call (client → stand-in, whole stream): " + d.summary());
      Percentiles total = new Percentiles(llm.done);
      System.out.printf(
          Locale.ROOT,
          "assistant overhead over the model call: p50 %.2f ms, p99 %.2f ms (turn to done minus direct call; of which rule-based work offline: p50 %.2f ms, p99 %.2f ms)%n",
          total.millis(50) - d.millis(50),
          total.millis(99) - d.millis(99),
          new Percentiles(offlineModelTurns.done).millis(50),
          new Percentiles(offlineModelTurns.done).millis(99));
    }
    System.out.printf(
        Locale.ROOT,
        "offline first SSE event p50 %.2f ms (target ≤ 150 ms)%n",
        new Percentiles(offline.first).millis(50));
  }

  record Result(long[] first, long[] firstDelta, long[] done) {}

  static Result run(Path jar, int n, List<String> flags, List<String> messages, String label)
      throws Exception {
    Path data = Files.createTempDirectory("cr-chat-bench-");
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.writeString(data.resolve("jwt.key"), Base64.getEncoder().encodeToString(key));
    String token;
    Vertx vertx = Vertx.vertx();
    try {
      token =
          new JwtTokens(vertx, key, Clock.systemUTC())
              .mint(
                  Role.ENTERPRISE,
                  Uscc.withCheckCharacter("91330106MA2B00001"),
                  Duration.ofHours(2));
    } finally {
      vertx.close();
    }
    try (ServerProcess server = ServerProcess.start(jar, data, flags.toArray(String[]::new))) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI chat = server.uri("/api/v1/chat");
      for (int i = 0; i < 40; i++) {
        turn(client, chat, token, messages.get(i % messages.size())); // warm-up
      }
      long[] first = new long[n];
      long[] delta = new long[n];
      long[] done = new long[n];
      for (int i = 0; i < n; i++) {
        long[] t = turn(client, chat, token, messages.get(i % messages.size()));
        first[i] = t[0];
        delta[i] = t[1];
        done[i] = t[2];
      }
      System.out.println(label + ", concurrency 1:");
      System.out.println("  first SSE event: " + new Percentiles(first).summary());
      System.out.println("  first delta:     " + new Percentiles(delta).summary());
      System.out.println("  done event:      " + new Percentiles(done).summary());
      System.out.println("  server RSS: " + server.rssMb() + " MB");
      return new Result(first, delta, done);
    }
  }

  /** One new-session turn: nanoseconds to the first event, the first delta and the done event. */
  static long[] turn(HttpClient client, URI chat, String token, String message) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(chat)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + message + "\"}"))
            .build();
    long start = System.nanoTime();
    HttpResponse<InputStream> res = client.send(r, HttpResponse.BodyHandlers.ofInputStream());
    if (res.statusCode() != 200) {
      throw new IllegalStateException("chat answered " + res.statusCode());
    }
    long first = -1;
    long delta = -1;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("event: ")) {
          long now = System.nanoTime() - start;
          if (first < 0) {
            first = now;
          }
          if (delta < 0 && line.equals("event: delta")) {
            delta = now;
          }
          if (line.equals("event: done")) {
            return new long[] {first, delta, now};
          }
          if (line.equals("event: error")) {
            throw new IllegalStateException("error event: " + in.readLine());
          }
        }
      }
    }
    throw new IllegalStateException("stream ended without done");
  }

  /** The same streaming call made straight to the model stand-in. */
  static long[] directCalls(String baseUrl, int n) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI uri = URI.create(baseUrl + "/chat/completions");
    String body =
        "{\"model\":\"stand-in\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"信用修复要收费吗？\"}]}";
    long[] out = new long[n];
    for (int i = -40; i < n; i++) {
      long start = System.nanoTime();
      client.send(
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      if (i >= 0) {
        out[i] = System.nanoTime() - start;
      }
    }
    return out;
  }
}
