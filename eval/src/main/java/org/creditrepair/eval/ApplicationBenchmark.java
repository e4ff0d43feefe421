package org.creditrepair.eval;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 申请基准：creates applications and reads them back over HTTP against the real server jar, with the
 * embedded store and (when {@code redis-server} is on the PATH) with Redis, printing throughput and
 * latency of each. Usage: {@code ApplicationBenchmark --server-jar JAR [--requests N]}.
 */
public final class ApplicationBenchmark {
  private static final Pattern ID = Pattern.compile("\"id\":\"(ap_[^\"]+)\"");

  private ApplicationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = null;
    int requests = 5000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--server-jar" -> jar = Path.of(args[++i]);
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (jar == null) {
      throw new IllegalArgumentException("--server-jar is required");
    }
    run("embedded (SQLite, synchronous=FULL)", jar, requests, List.of());
    if (onPath("redis-server")) {
      Path dir = Files.createTempDirectory("cr-bench-redis-");
      int port = freePort();
      Process redis =
          new ProcessBuilder(
                  "redis-server",
                  "--port",
                  String.valueOf(port),
                  "--bind",
                  "127.0.0.1",
                  "--save",
                  "",
                  "--appendonly",
                  "yes",
                  "--appendfsync",
                  "always",
                  "--dir",
                  dir.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("redis.log").toFile())
              .start();
      try {
        Thread.sleep(300);
        run(
            "Redis (appendfsync always)",
            jar,
            requests,
            List.of("--redis-url", "redis://127.0.0.1:" + port));
      } finally {
        redis.destroy();
        redis.waitFor();
      }
    } else {
      System.out.println("redis-server not on PATH: Redis run skipped");
    }
  }

  private static void run(String label, Path jar, int n, List<String> flags) throws Exception {
    Path data = Files.createTempDirectory("cr-app-bench-");
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.writeString(data.resolve("jwt.key"), Base64.getEncoder().encodeToString(key));
    String uscc = Uscc.withCheckCharacter("91330106MA2B00001");
    Vertx vertx = Vertx.vertx();
    String token;
    try {
      token =
          new JwtTokens(vertx, key, Clock.systemUTC())
              .mint(Role.ENTERPRISE, uscc, Duration.ofHours(2));
    } finally {
      vertx.close();
    }
    List<String> all = new java.util.ArrayList<>(List.of("--embeddings", "off"));
    all.addAll(flags);
    try (ServerProcess server = ServerProcess.start(jar, data, all.toArray(String[]::new))) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI create = server.uri("/api/v1/applications");
      String body =
          "{\"enterprise\":{\"name\":\"某某贸易有限公司\",\"uscc\":\""
              + uscc
              + "\"},\"submit\":true,\"records\":[{\"id\":\"r1\",\"type\":\"ADMIN_PENALTY\","
              + "\"sanctions\":[\"FINE\"],\"authority\":\"某市市场监督管理局\","
              + "\"decisionDate\":\"2026-01-05\",\"publishedDate\":\"2026-01-12\","
              + "\"fulfilledDate\":\"2026-01-20\"}]}";
      String[] ids = new String[n];
      java.util.function.IntFunction<HttpRequest> post =
          i ->
              HttpRequest.newBuilder(create)
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .header("Idempotency-Key", "bench-" + i)
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build();
      HttpLoad.run(client, post, 201, (i, r) -> {}, 200, 4); // warm-up (keys 0..199)
      for (int concurrency : new int[] {1, 16}) {
        int count = concurrency == 1 ? Math.min(n, 1000) : n;
        int offset = concurrency * 1_000_000;
        long begin = System.nanoTime();
        long[] lat =
            HttpLoad.run(
                client,
                i -> post.apply(offset + i),
                201,
                (i, r) -> {
                  Matcher m = ID.matcher(r.body());
                  if (m.find() && i < ids.length) {
                    ids[i] = m.group(1);
                  }
                },
                count,
                concurrency);
        report(label, "create", concurrency, lat, begin);
        long readBegin = System.nanoTime();
        long[] reads =
            HttpLoad.run(
                client,
                i ->
                    HttpRequest.newBuilder(server.uri("/api/v1/applications/" + ids[i]))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                200,
                (i, r) -> {},
                count,
                concurrency);
        report(label, "read", concurrency, reads, readBegin);
      }
      System.out.printf(Locale.ROOT, "%s: server resident memory %d MB%n", label, server.rssMb());
    }
  }

  private static void report(String label, String what, int concurrency, long[] lat, long begin) {
    double secs = (System.nanoTime() - begin) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: HTTP %s, concurrency %2d: %s, %.0f req/s%n",
        label,
        what,
        concurrency,
        new Percentiles(lat).summary(),
        lat.length / secs);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
