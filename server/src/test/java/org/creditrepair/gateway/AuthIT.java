package org.creditrepair.gateway;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.creditrepair.app.Application;
import org.creditrepair.app.ServerConfig;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 身份认证与限流：bearer tokens of the server's key, 401s with WWW-Authenticate, 429 with Retry-After. */
class AuthIT {
  static final String USCC = Uscc.withCheckCharacter("91330106MA2B00001");

  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;
  static Path data;

  @BeforeAll
  static void start() {
    data = tmp.resolve("data");
    ServerConfig base = TestServers.config(data, List.of(), false, null);
    ServerConfig limited =
        new ServerConfig(
            base.host(),
            0,
            0,
            data,
            List.of(),
            List.of(),
            false,
            null,
            base.knowledgeTimeout(),
            null,
            null,
            20,
            java.time.Duration.ofSeconds(1),
            "https://api.weixin.qq.com",
            "",
            "",
            "",
            List.of());
    app = Application.start(limited, Clock.systemUTC(), TestServers.REAL);
    http = new TestHttp(app.httpPort());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static HttpResponse<String> me(String authorization) {
    var b = http.request("/api/v1/me").GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build());
  }

  @Test
  void should_answer_401_with_www_authenticate_without_a_token() {
    HttpResponse<String> r = me(null);
    assertEquals(401, r.statusCode());
    assertEquals("UNAUTHENTICATED", json(r).get("code").asText());
    assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
  }

  @Test
  void should_know_the_enterprise_behind_a_token() {
    String token = TestServers.token(data, Role.ENTERPRISE, USCC, Duration.ofHours(1));
    HttpResponse<String> r = me("Bearer " + token);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(USCC, json(r).get("subject").asText());
    assertEquals("ENTERPRISE", json(r).get("role").asText());
  }

  @Test
  void should_refuse_tampered_foreign_and_malformed_tokens() {
    String token = TestServers.token(data, Role.STATION_STAFF, "staff-7", Duration.ofHours(1));
    String[] parts = token.split("\\.");
    String forgedPayload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"sub\":\"staff-7\",\"role\":\"ADMIN\",\"iss\":\"credit-repair\",\"exp\":"
                        + (System.currentTimeMillis() / 1000 + 3600)
                        + "}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String foreign = TestServers.token(tmp.resolve("other"), Role.ADMIN, "x", Duration.ofHours(1));
    for (String auth :
        List.of(
            "Bearer " + parts[0] + "." + forgedPayload + "." + parts[2],
            "Bearer " + foreign,
            "Bearer not-a-jwt",
            "Basic dXNlcjpwYXNz",
            "Bearer ")) {
      HttpResponse<String> r = me(auth);
      assertEquals(401, r.statusCode(), auth + " → " + r.body());
      assertEquals("UNAUTHENTICATED", json(r).get("code").asText());
    }
  }

  @Test
  void should_refuse_an_expired_token() throws Exception {
    String token = TestServers.token(data, Role.ADMIN, "root", Duration.ofSeconds(1));
    Thread.sleep(7_000); // past the expiry and the verifier's 5 s leeway
    assertEquals(401, me("Bearer " + token).statusCode());
  }

  @Test
  void should_refuse_a_bad_token_even_on_anonymous_routes() {
    HttpResponse<String> r =
        http.send(
            http.request("/api/v1/templates").header("Authorization", "Bearer nope").GET().build());
    assertEquals(401, r.statusCode());
  }

  @Test
  void should_rate_limit_each_caller_with_retry_after() {
    String token = TestServers.token(data, Role.STATION_STAFF, "busy", Duration.ofHours(1));
    int limited = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < 60; i++) {
      last = me("Bearer " + token);
      if (last.statusCode() == 429) {
        limited++;
        break;
      }
      assertEquals(200, last.statusCode(), last.body());
    }
    assertEquals(1, limited, "the 41st request within a minute is refused (limit 2 × 20)");
    assertEquals("RATE_LIMITED", json(last).get("code").asText());
    long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
    // another caller has its own bucket
    String other = TestServers.token(data, Role.STATION_STAFF, "calm", Duration.ofHours(1));
    assertEquals(200, me("Bearer " + other).statusCode());
  }
}
