package org.creditrepair.reminder;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.creditrepair.app.ReminderHarness;
import org.creditrepair.app.ReminderModule;
import org.creditrepair.app.TestHttp;
import org.creditrepair.audit.AuditEntry;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.creditrepair.store.embedded.SqliteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 提醒接口 over real HTTP: subscriptions, the reminder list, the SSE stream (tenant isolation,
 * heartbeat, clean close), audit of staff access, dead letters for ADMIN, and the OpenAPI schemas.
 */
class ReminderApiIT {
  static final String A = Uscc.withCheckCharacter("91330106MA2B00001");
  static final String B = Uscc.withCheckCharacter("91330106MA2B00002");

  @TempDir static Path tmp;
  static ReminderHarness server;
  static TestHttp http;
  static String tokenA;
  static String tokenB;
  static String staff;
  static String admin;

  @BeforeAll
  static void start() {
    Clock clock = Clock.systemUTC();
    ReminderModule.Settings settings =
        ReminderModule.Settings.of(
                ReminderSettings.defaults().withPollInterval(Duration.ofMillis(20)),
                List.of("127.0.0.1"))
            .withHeartbeat(Duration.ofMillis(300));
    Path data = tmp.resolve("data");
    server =
        ReminderHarness.withHttp(
            data, SqliteStore.open(data.resolve("store"), clock), settings, clock);
    http = server.http();
    tokenA = server.token(Role.ENTERPRISE, A);
    tokenB = server.token(Role.ENTERPRISE, B);
    staff = server.token(Role.STATION_STAFF, "staff-1");
    admin = server.token(Role.ADMIN, "root");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<String> get(String path, String token) {
    return http.send(http.request(path).header("Authorization", "Bearer " + token).GET().build());
  }

  static HttpResponse<String> post(String path, String token, String body) {
    return http.send(
        http.request(path)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> delete(String path, String token) {
    return http.send(
        http.request(path).header("Authorization", "Bearer " + token).DELETE().build());
  }

  /** An open SSE stream whose lines arrive in {@link #lines}. */
  record Sse(HttpResponse<Stream<String>> response, BlockingQueue<String> lines, Thread reader)
      implements AutoCloseable {
    static Sse open(String token, String query) throws Exception {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<Stream<String>> r =
          client
              .sendAsync(
                  http.request("/api/v1/events" + query)
                      .timeout(Duration.ofMinutes(2))
                      .header("Authorization", "Bearer " + token)
                      .header("Accept", "text/event-stream")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofLines())
              .get(10, TimeUnit.SECONDS);
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      r.body().forEach(lines::add);
                    } catch (RuntimeException closed) {
                      // stream closed
                    }
                    lines.add("<EOF>");
                  });
      return new Sse(r, lines, reader);
    }

    /** The data of the next {@code event: reminder}, or null within the wait. */
    String nextReminder(Duration wait) throws InterruptedException {
      long end = System.nanoTime() + wait.toNanos();
      boolean inReminder = false;
      while (System.nanoTime() < end) {
        String line = lines.poll(50, TimeUnit.MILLISECONDS);
        if (line == null) {
          continue;
        }
        if (line.equals("<EOF>")) {
          lines.add(line);
          return null;
        }
        if (line.equals("event: reminder")) {
          inReminder = true;
        } else if (inReminder && line.startsWith("data: ")) {
          return line.substring(6);
        }
      }
      return null;
    }

    boolean sawLine(String wanted, Duration wait) throws InterruptedException {
      long end = System.nanoTime() + wait.toNanos();
      while (System.nanoTime() < end) {
        String line = lines.poll(50, TimeUnit.MILLISECONDS);
        if (wanted.equals(line)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void close() {
      response.body().close();
      reader.interrupt();
    }
  }

  static ReminderRequest dueNow(String title) {
    return new ReminderRequest(
        ReminderKind.SUPPLEMENT_DUE,
        Instant.now(),
        title,
        "请于截止日前补正材料。",
        Map.of("applicationId", "app_1"));
  }

  static ReminderRequest later(String title) {
    return new ReminderRequest(
        ReminderKind.ELIGIBLE_TO_APPLY,
        Instant.now().plus(Duration.ofDays(30)),
        title,
        "可申请修复。",
        Map.of());
  }

  @Test
  void should_stream_each_enterprise_only_its_own_notifications() throws Exception {
    try (Sse a = Sse.open(tokenA, "");
        Sse b = Sse.open(tokenB, "")) {
      assertEquals(200, a.response().statusCode());
      assertTrue(
          a.response()
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("text/event-stream"));
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while ((server.module.events().listeners(A) == 0 || server.module.events().listeners(B) == 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      server.module.service().replaceForSource(A, "application:sse-a", List.of(dueNow("A 的提醒")));
      String data = a.nextReminder(Duration.ofSeconds(10));
      assertNotNull(data, "A got its reminder");
      JsonNode n = TestHttp.JSON.readTree(data);
      assertEquals("A 的提醒", n.get("title").asText());
      assertEquals(A, n.get("tenant").asText());
      assertNull(b.nextReminder(Duration.ofSeconds(1)), "B never sees A's reminder");

      server.module.service().replaceForSource(B, "application:sse-b", List.of(dueNow("B 的提醒")));
      assertEquals(
          "B 的提醒",
          TestHttp.JSON.readTree(b.nextReminder(Duration.ofSeconds(10))).get("title").asText());
      assertNull(a.nextReminder(Duration.ofSeconds(1)), "A never sees B's reminder");
      assertTrue(a.sawLine(": heartbeat", Duration.ofSeconds(3)), "comment heartbeat");
    }
  }

  @Test
  void should_refuse_an_enterprise_reading_another_ones_stream_or_list() {
    assertEquals(403, get("/api/v1/events?uscc=" + B, tokenA).statusCode());
    HttpResponse<String> r = get("/api/v1/reminders?uscc=" + B, tokenA);
    assertEquals(403, r.statusCode());
    assertEquals("FORBIDDEN", json(r).get("code").asText());
    assertEquals(401, http.get("/api/v1/reminders").statusCode());
    assertEquals(401, http.get("/api/v1/events").statusCode());
  }

  @Test
  void should_list_only_the_callers_reminders_and_audit_staff_access() throws Exception {
    server.module.service().replaceForSource(A, "plan:list-a", List.of(later("A 的待发")));
    server.module.service().replaceForSource(B, "plan:list-b", List.of(later("B 的待发")));
    JsonNode mine = json(get("/api/v1/reminders", tokenA));
    assertEquals(A, mine.get("uscc").asText());
    Set<String> titles = new TreeSet<>();
    mine.get("upcoming").forEach(u -> titles.add(u.get("title").asText()));
    mine.get("sent").forEach(u -> titles.add(u.get("title").asText()));
    assertTrue(titles.contains("A 的待发"), titles.toString());
    assertFalse(titles.stream().anyMatch(t -> t.startsWith("B ")), titles.toString());
    JsonNode up =
        java.util.stream.StreamSupport.stream(mine.get("upcoming").spliterator(), false)
            .filter(u -> u.get("title").asText().equals("A 的待发"))
            .findFirst()
            .orElseThrow();
    assertEquals("SCHEDULED", up.get("status").asText());
    assertEquals("ELIGIBLE_TO_APPLY", up.get("kind").asText());

    HttpResponse<String> noUscc = get("/api/v1/reminders", staff);
    assertEquals(400, noUscc.statusCode());
    assertEquals("MISSING_FIELD", json(noUscc).get("code").asText());
    assertEquals(
        "INVALID_USCC", json(get("/api/v1/reminders?uscc=123", staff)).get("code").asText());

    long before = server.audit.read(1, 1000).size();
    HttpResponse<String> r =
        http.send(
            http.request("/api/v1/reminders?uscc=" + B)
                .header("Authorization", "Bearer " + staff)
                .header(
                    "X-Audit-Reason",
                    java.net.URLEncoder.encode(
                        "企业来电咨询修复进度", java.nio.charset.StandardCharsets.UTF_8))
                .GET()
                .build());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(B, json(r).get("uscc").asText());
    List<AuditEntry> log = server.audit.read(1, 1000);
    assertEquals(before + 1, log.size());
    AuditEntry e = log.get(log.size() - 1);
    assertEquals("staff-1", e.actor());
    assertEquals("reminder.list", e.action());
    assertEquals(B, e.tenant());
    assertEquals("企业来电咨询修复进度", e.reason());
    get("/api/v1/reminders", tokenA);
    assertEquals(
        before + 1, server.audit.read(1, 1000).size(), "an enterprise's own reads are not logged");
  }

  @Test
  void should_create_list_and_delete_subscriptions_with_coded_errors() {
    String body =
        "{\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:9/hook\",\"secret\":\"0123456789abcdef\","
            + "\"quietHours\":{\"start\":\"22:00\",\"end\":\"08:00\"}}";
    HttpResponse<String> created = post("/api/v1/push/subscriptions", tokenA, body);
    assertEquals(201, created.statusCode(), created.body());
    JsonNode sub = json(created);
    assertEquals("WEBHOOK", sub.get("channel").asText());
    assertTrue(sub.get("hasSecret").asBoolean());
    assertFalse(created.body().contains("0123456789abcdef"), "the secret is never echoed");
    assertEquals("Asia/Shanghai", sub.at("/quietHours/timeZone").asText());
    String id = sub.get("id").asText();

    JsonNode listA = json(get("/api/v1/push/subscriptions", tokenA));
    assertEquals(1, listA.get("subscriptions").size());
    assertEquals(0, json(get("/api/v1/push/subscriptions", tokenB)).get("subscriptions").size());
    assertEquals(
        1, json(get("/api/v1/push/subscriptions?uscc=" + A, staff)).get("subscriptions").size());

    for (Map.Entry<String, String> bad :
        Map.of(
                "{\"channel\":\"WEBHOOK\",\"target\":\"ftp://127.0.0.1/x\",\"secret\":\"0123456789abcdef\"}",
                "INVALID_PUSH_TARGET",
                "{\"channel\":\"WEBHOOK\",\"target\":\"http://10.0.0.8/x\",\"secret\":\"0123456789abcdef\"}",
                "INVALID_PUSH_TARGET",
                "{\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:9/x\"}",
                "INVALID_PUSH_TARGET",
                "{\"channel\":\"SMS\",\"target\":\"x\"}",
                "INVALID_VALUE",
                "{\"target\":\"x\"}",
                "MISSING_FIELD",
                "{\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:9/x\",\"secret\":\"0123456789abcdef\",\"quietHours\":{\"start\":\"25:00\",\"end\":\"08:00\"}}",
                "INVALID_VALUE",
                "{\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:9/x\",\"extra\":1}",
                "UNKNOWN_FIELD",
                "{\"channel\":\"WECHAT\",\"target\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}",
                "PUSH_CHANNEL_UNAVAILABLE")
            .entrySet()) {
      HttpResponse<String> r = post("/api/v1/push/subscriptions", tokenA, bad.getKey());
      assertEquals(bad.getValue(), json(r).get("code").asText(), bad.getKey() + " → " + r.body());
      assertTrue(r.statusCode() >= 400, r.body());
    }
    assertEquals(403, post("/api/v1/push/subscriptions", staff, body).statusCode());

    assertEquals(404, delete("/api/v1/push/subscriptions/" + id, tokenB).statusCode(), "not B's");
    assertEquals(204, delete("/api/v1/push/subscriptions/" + id, tokenA).statusCode());
    assertEquals(404, delete("/api/v1/push/subscriptions/" + id, tokenA).statusCode());
    assertEquals(0, json(get("/api/v1/push/subscriptions", tokenA)).get("subscriptions").size());
  }

  @Test
  void should_show_dead_letters_to_admin_only() {
    assertEquals(403, get("/api/v1/admin/dead-letters", staff).statusCode());
    assertEquals(403, get("/api/v1/admin/dead-letters", tokenA).statusCode());
    HttpResponse<String> r = get("/api/v1/admin/dead-letters?limit=10", admin);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(json(r).get("deadLetters").isArray());
    assertEquals(
        "INVALID_VALUE",
        json(get("/api/v1/admin/dead-letters?limit=0", admin)).get("code").asText());
  }

  @Test
  void should_return_what_the_openapi_document_describes() throws Exception {
    JsonNode doc = TestHttp.JSON.readTree(org.creditrepair.gateway.ReminderRoutesDoc.openApi());
    server.module.service().replaceForSource(A, "plan:doc", List.of(later("文档核对")));
    JsonNode list = json(get("/api/v1/reminders", tokenA));
    assertEquals(names(list), required(doc, "ReminderList"));
    assertEquals(names(list.get("upcoming").get(0)), required(doc, "UpcomingReminder"));
    HttpResponse<String> created =
        post(
            "/api/v1/push/subscriptions",
            tokenB,
            "{\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:9/doc\",\"secret\":\"0123456789abcdef\"}");
    assertEquals(names(json(created)), required(doc, "Subscription"));
    delete("/api/v1/push/subscriptions/" + json(created).get("id").asText(), tokenB);
    // every documented GET answers 200 for a caller allowed to use it
    for (String path :
        List.of("/api/v1/reminders?uscc=" + A, "/api/v1/push/subscriptions?uscc=" + A)) {
      assertEquals(200, get(path, staff).statusCode(), path);
    }
    try (Sse s = Sse.open(staff, "?uscc=" + A)) {
      assertEquals(200, s.response().statusCode());
    }
    assertEquals(200, get("/api/v1/admin/dead-letters", admin).statusCode());
  }

  @Test
  void should_end_open_streams_cleanly_when_the_module_closes() throws Exception {
    Clock clock = Clock.systemUTC();
    Path data = tmp.resolve("closing");
    try (ReminderHarness own =
        ReminderHarness.withHttp(
            data,
            SqliteStore.open(data.resolve("store"), clock),
            ReminderModule.Settings.of(ReminderSettings.defaults(), List.of()),
            clock)) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<Stream<String>> r =
          client
              .sendAsync(
                  own.http()
                      .request("/api/v1/events")
                      .header("Authorization", "Bearer " + own.token(Role.ENTERPRISE, A))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofLines())
              .get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode());
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (own.module.events().listeners(A) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      long start = System.nanoTime();
      own.module.close();
      var lines = Thread.ofVirtual().start(() -> r.body().forEach(l -> {}));
      lines.join(Duration.ofSeconds(5));
      assertFalse(lines.isAlive(), "the stream ended");
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
      assertEquals(0, own.module.events().listeners(A));
    }
  }

  @Test
  void should_end_open_streams_when_the_http_server_shuts_down() throws Exception {
    Clock clock = Clock.systemUTC();
    Path data = tmp.resolve("shutdown");
    try (ReminderHarness own =
        ReminderHarness.withHttp(
            data,
            SqliteStore.open(data.resolve("store"), clock),
            ReminderModule.Settings.of(ReminderSettings.defaults(), List.of()),
            clock)) {
      HttpResponse<Stream<String>> r =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .sendAsync(
                  own.http()
                      .request("/api/v1/events")
                      .header("Authorization", "Bearer " + own.token(Role.ENTERPRISE, A))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofLines())
              .get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode());
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (own.module.events().listeners(A) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Duration took = own.shutdownHttp(Duration.ofSeconds(10));
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "shutdown waited " + took);
      assertEquals(0, own.module.events().listeners(A));
    }
  }

  static Set<String> names(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static Set<String> required(JsonNode doc, String schema) {
    Set<String> out = new TreeSet<>();
    doc.at("/components/schemas/" + schema + "/required").forEach(v -> out.add(v.asText()));
    return out;
  }
}
