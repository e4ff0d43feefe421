package org.creditrepair.gateway;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.creditrepair.store.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 申请接口：auth, tenant isolation, the state machine with its roles, deadlines on the working-day
 * calendar, idempotency and concurrent transitions, audit — through the live HTTP API.
 */
class ApplicationsIT {
  static final String A = Uscc.withCheckCharacter("91330106MA2B00001");
  static final String B = Uscc.withCheckCharacter("91330106MA2B00002");

  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;
  static MutableClock clock;
  static String tokenA;
  static String tokenB;
  static String staff;
  static String admin;

  @BeforeAll
  static void start() {
    // 2026-11-24 10:00 in Beijing (a Tuesday)
    clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    Path data = tmp.resolve("data");
    app =
        Application.start(
            TestServers.config(data, List.of(), false, null), clock, TestServers.REAL);
    http = new TestHttp(app.httpPort());
    tokenA = TestServers.token(data, Role.ENTERPRISE, A, Duration.ofHours(1));
    tokenB = TestServers.token(data, Role.ENTERPRISE, B, Duration.ofHours(1));
    staff = TestServers.token(data, Role.STATION_STAFF, "clerk-01", Duration.ofHours(1));
    admin = TestServers.token(data, Role.ADMIN, "root", Duration.ofHours(1));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static String body(String uscc, boolean submit) {
    return """
        {"enterprise": {"name": "某某贸易有限公司", "uscc": "%s"}, "submit": %s,
         "records": [{"id": "r1", "type": "ADMIN_PENALTY", "sanctions": ["FINE"],
           "platforms": ["CREDIT_CHINA"], "authority": "某市生态环境局",
           "decisionDate": "2026-01-05", "publishedDate": "2026-01-12", "fulfilledDate": "2026-01-20"}]}
        """
        .formatted(uscc, submit);
  }

  static HttpResponse<String> post(String path, String token, String body, String key) {
    HttpRequest.Builder b =
        http.request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return http.send(b.build());
  }

  static HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder b = http.request(path).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(
        b.header("X-Audit-Reason", java.net.URLEncoder.encode("窗口咨询", StandardCharsets.UTF_8))
            .build());
  }

  static JsonNode create(String token, String uscc, boolean submit) {
    HttpResponse<String> r = post("/api/v1/applications", token, body(uscc, submit), null);
    assertEquals(201, r.statusCode(), r.body());
    return json(r);
  }

  static HttpResponse<String> move(String id, String token, String to, String key) {
    return post(
        "/api/v1/applications/" + id + "/transitions",
        token,
        "{\"to\":\"" + to + "\",\"note\":\"" + to + "\"}",
        key);
  }

  static JsonNode deadline(JsonNode app, String kind) {
    for (JsonNode d : app.get("deadlines")) {
      if (d.get("kind").asText().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("no " + kind + " deadline: " + app);
  }

  @Test
  void should_require_a_token() {
    assertEquals(401, post("/api/v1/applications", null, body(A, false), null).statusCode());
    assertEquals(401, get("/api/v1/applications", null).statusCode());
  }

  @Test
  @DisplayName("企业甲看不到、改不了企业乙的申请")
  void should_isolate_enterprises() {
    JsonNode mine = create(tokenA, A, false);
    String id = mine.get("id").asText();
    assertEquals(404, get("/api/v1/applications/" + id, tokenB).statusCode());
    assertEquals(404, move(id, tokenB, "SUBMITTED", null).statusCode());
    assertEquals(403, post("/api/v1/applications", tokenB, body(A, false), null).statusCode());
    for (JsonNode a : json(get("/api/v1/applications", tokenB)).get("applications")) {
      assertEquals(B, a.get("uscc").asText());
    }
    assertEquals(200, get("/api/v1/applications/" + id, tokenA).statusCode());
    // B naming A's code is refused outright
    HttpResponse<String> other = get("/api/v1/applications?uscc=" + A, tokenB);
    assertEquals(403, other.statusCode(), other.body());
    assertEquals("FORBIDDEN", json(other).get("code").asText());
  }

  @Test
  @DisplayName("提交后审核期限10个工作日（信用中国，36号令，未核实），补正期限5个工作日，逾期标记")
  void should_follow_the_state_machine_with_deadlines() {
    JsonNode a = create(tokenA, A, true);
    String id = a.get("id").asText();
    assertEquals("SUBMITTED", a.get("status").asText());
    // 10 working days after Tuesday 2026-11-24: 11-25 … 12-08 (no holidays in between)
    JsonNode review = deadline(a, "REVIEW");
    assertEquals("2026-12-08", review.get("due").asText(), review.toString());
    assertEquals("PENDING", review.get("state").asText());
    assertFalse(review.get("verified").asBoolean());

    HttpResponse<String> r = move(id, tokenA, "FORMAL_REVIEW", null);
    assertEquals(403, r.statusCode(), "the enterprise can't review itself: " + r.body());
    r = move(id, staff, "SYNCED", null);
    assertEquals(409, r.statusCode());
    assertEquals("ILLEGAL_TRANSITION", json(r).get("code").asText());

    assertEquals(200, move(id, staff, "FORMAL_REVIEW", null).statusCode());
    JsonNode sup = json(move(id, staff, "NEEDS_SUPPLEMENT", null));
    assertEquals("NEEDS_SUPPLEMENT", sup.get("status").asText(), sup.toString());
    // 5 working days after 2026-11-24: 12-01
    assertEquals("2026-12-01", deadline(sup, "SUPPLEMENT").get("due").asText());
    assertEquals("MET", deadline(sup, "REVIEW").get("state").asText());

    clock.advance(Duration.ofDays(8)); // 2026-12-02: the supplement deadline has passed
    JsonNode late = json(get("/api/v1/applications/" + id, tokenA));
    assertEquals("OVERDUE", deadline(late, "SUPPLEMENT").get("state").asText(), late.toString());
    JsonNode again = json(move(id, tokenA, "SUBMITTED", null));
    assertEquals("MET_LATE", deadline(again, "SUPPLEMENT").get("state").asText());
    assertEquals(5, again.get("timeline").size(), again.get("timeline").toString());
    clock.advance(Duration.ofDays(-8));
  }

  @Test
  void should_replay_an_idempotent_creation_and_refuse_a_reused_key() {
    HttpResponse<String> first = post("/api/v1/applications", tokenA, body(A, false), "k-create-1");
    HttpResponse<String> again = post("/api/v1/applications", tokenA, body(A, false), "k-create-1");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(json(first).get("id"), json(again).get("id"));
    HttpResponse<String> other = post("/api/v1/applications", tokenA, body(A, true), "k-create-1");
    assertEquals(409, other.statusCode(), other.body());
    assertEquals("CONFLICT", json(other).get("code").asText());
  }

  @Test
  void should_replay_an_idempotent_transition() {
    String id = create(tokenA, A, true).get("id").asText();
    HttpResponse<String> first = move(id, staff, "FORMAL_REVIEW", "k-move-1");
    HttpResponse<String> replay = move(id, staff, "FORMAL_REVIEW", "k-move-1");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(200, replay.statusCode(), replay.body());
    assertEquals(json(first).get("version"), json(replay).get("version"));
    assertEquals(409, move(id, staff, "FORMAL_REVIEW", "k-move-2").statusCode());
  }

  @Test
  @DisplayName("并发的冲突迁移只有一个成功")
  void should_let_exactly_one_of_parallel_conflicting_transitions_win() throws Exception {
    String id = create(tokenA, A, true).get("id").asText();
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String to = i % 2 == 0 ? "FORMAL_REVIEW" : "CLOSED";
      calls.add(() -> move(id, staff, to, null).statusCode());
    }
    List<Integer> codes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (Future<Integer> f : pool.invokeAll(calls)) {
        codes.add(f.get());
      }
    }
    assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
    assertEquals(7, codes.stream().filter(c -> c == 409).count(), codes.toString());
    JsonNode after = json(get("/api/v1/applications/" + id, tokenA));
    assertEquals(3, after.get("timeline").size(), "DRAFT, SUBMITTED and one move: " + after);
  }

  @Test
  @DisplayName("工作人员查询须指明企业，每次访问写入审计日志，只有管理员能查审计")
  void should_audit_staff_access() {
    String id = create(tokenA, A, false).get("id").asText();
    HttpResponse<String> r = get("/api/v1/applications", staff);
    assertEquals(400, r.statusCode());
    assertEquals("uscc", json(r).at("/details/field").asText());
    assertEquals(200, get("/api/v1/applications?uscc=" + A, staff).statusCode());
    assertEquals(200, get("/api/v1/applications/" + id, staff).statusCode());
    assertEquals(403, get("/api/v1/audit", staff).statusCode());
    JsonNode audit = json(get("/api/v1/audit?limit=1000", admin));
    boolean read = false;
    for (JsonNode e : audit.get("entries")) {
      assertFalse(e.get("role").asText().equals("ENTERPRISE"), "enterprises are not audited");
      read |=
          e.get("action").asText().equals("application.read")
              && e.get("resource").asText().equals(id)
              && e.get("actor").asText().equals("clerk-01")
              && e.get("reason").asText().equals("窗口咨询");
    }
    assertTrue(read, audit.toString());
  }

  @Test
  void should_reject_bad_input_with_codes() {
    HttpResponse<String> r =
        post(
            "/api/v1/applications",
            tokenA,
            "{\"enterprise\":{\"name\":\"x\",\"uscc\":\"" + A + "\"}}",
            null);
    assertEquals(400, r.statusCode());
    assertEquals("MISSING_FIELD", json(r).get("code").asText());
    String id = create(tokenA, A, false).get("id").asText();
    r = move(id, tokenA, "FLYING", null);
    assertEquals(400, r.statusCode());
    assertEquals("INVALID_VALUE", json(r).get("code").asText());
    r = post("/api/v1/applications", tokenA, body(A, false), "bad key with spaces");
    assertEquals(400, r.statusCode());
    assertEquals(404, get("/api/v1/applications/ap_nope", tokenA).statusCode());
  }

  @Test
  @DisplayName("提交申请后：审核逾期、年报窗口等提醒进入企业的提醒列表，别的企业看不到")
  void should_schedule_the_reminders_of_an_application() {
    String id = create(tokenA, A, true).get("id").asText();
    JsonNode list = json(get("/api/v1/reminders", tokenA));
    java.util.Set<String> kinds = new java.util.HashSet<>();
    boolean forThis = false;
    for (JsonNode r : list.get("upcoming")) {
      kinds.add(r.get("kind").asText());
      forThis |= r.get("sourceId").asText().equals("application:" + id);
    }
    assertTrue(forThis, list.toString());
    assertTrue(kinds.contains("REVIEW_OVERDUE"), kinds.toString());
    assertTrue(kinds.contains("ANNUAL_REPORT"), kinds.toString());
    assertTrue(
        list.get("upcoming").findValuesAsText("sourceId").contains("plan:" + id), list.toString());
    for (JsonNode r : json(get("/api/v1/reminders", tokenB)).get("upcoming")) {
      assertFalse(r.get("sourceId").asText().equals("application:" + id), r.toString());
    }
  }
}
