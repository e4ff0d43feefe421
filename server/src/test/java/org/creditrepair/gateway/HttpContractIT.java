package org.creditrepair.gateway;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.knowledge.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP contract (DESIGN §4) against the real server on 127.0.0.1. */
class HttpContractIT {
  static final Set<String> HIT_FIELDS =
      Set.of(
          "docId",
          "title",
          "article",
          "text",
          "score",
          "source",
          "chunkId",
          "issuer",
          "documentNumber",
          "region",
          "effectiveFrom",
          "effectiveTo",
          "path",
          "exact");

  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    http = new TestHttp(app.httpPort());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static Set<String> fields(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static void assertError(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        r.headers().toString());
    JsonNode body = json(r);
    assertEquals(Set.of("code", "message", "details"), fields(body), r.body());
    assertEquals(code, body.get("code").asText(), r.body());
    assertTrue(body.get("message").asText().codePoints().anyMatch(c -> c >= 0x4E00), r.body());
    assertTrue(body.get("details").isObject(), r.body());
  }

  @Test
  void should_answer_healthz() {
    HttpResponse<String> r = http.get("/healthz");
    assertEquals(200, r.statusCode());
    assertEquals("UP", json(r).get("status").asText());
  }

  @Test
  void should_answer_readyz_with_index_facts_once_open() {
    HttpResponse<String> r = http.get("/readyz");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals("READY", body.get("status").asText());
    assertTrue(body.get("knowledge").get("documents").asInt() >= 2, r.body());
    assertTrue(body.get("knowledge").get("chunks").asInt() > 0, r.body());
    assertFalse(body.get("knowledge").get("contentHash").asText().isEmpty());
  }

  @Test
  void should_search_and_return_the_documented_hit_fields() {
    HttpResponse<String> r =
        http.postJson("/api/v1/search", "{\"query\":\"信用修复申请书 守信承诺书\",\"topK\":10}");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonNode body = json(r);
    assertEquals(Set.of("hits", "tookMs"), fields(body));
    assertTrue(body.get("tookMs").canConvertToLong() && body.get("tookMs").asLong() >= 0);
    JsonNode hits = body.get("hits");
    assertTrue(hits.size() > 0 && hits.size() <= 10, r.body());
    boolean fixtureArticle = false;
    for (JsonNode hit : hits) {
      assertEquals(HIT_FIELDS, fields(hit), hit.toString());
      assertTrue(Set.of("OFFICIAL", "GUIDE").contains(hit.get("source").asText()));
      assertTrue(hit.get("article").isNull() || !hit.get("article").asText().isEmpty());
      assertTrue(hit.get("score").isNumber() && hit.get("exact").isBoolean());
      fixtureArticle |=
          hit.get("title").asText().equals("网关测试信用修复办法")
              && hit.get("article").asText().equals("第三条")
              && hit.get("source").asText().equals("OFFICIAL");
    }
    assertTrue(fixtureArticle, "fixture 第三条 not among hits: " + r.body());
  }

  @Test
  void should_default_top_k_to_five() {
    HttpResponse<String> r = http.postJson("/api/v1/search", "{\"query\":\"信用修复\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(json(r).get("hits").size() <= SearchQuery.DEFAULT_TOP_K);
  }

  @Test
  void should_accept_a_body_of_exactly_the_limit() {
    String json = "{\"query\":\"信用修复\"}";
    int padding = GatewayRouter.MAX_BODY_BYTES - json.getBytes(StandardCharsets.UTF_8).length;
    HttpResponse<String> r = http.postJson("/api/v1/search", json + " ".repeat(padding));
    assertEquals(200, r.statusCode(), r.body());
  }

  static Stream<Arguments> badInputs() {
    String tooLong = "字".repeat(SearchQuery.MAX_QUERY_CHARS + 1);
    return Stream.of(
        Arguments.of("{\"query\":", 400, "INVALID_JSON", null),
        Arguments.of("", 400, "INVALID_JSON", null),
        Arguments.of("[1,2]", 400, "INVALID_JSON", null),
        Arguments.of("\"query\"", 400, "INVALID_JSON", null),
        Arguments.of("{}", 400, "MISSING_FIELD", "query"),
        Arguments.of("{\"query\":\"\"}", 400, "EMPTY_QUERY", "query"),
        Arguments.of("{\"query\":\"   \"}", 400, "EMPTY_QUERY", "query"),
        Arguments.of("{\"query\":\"" + tooLong + "\"}", 400, "QUERY_TOO_LONG", "query"),
        Arguments.of("{\"query\":\"a\",\"topK\":0}", 400, "TOP_K_OUT_OF_RANGE", "topK"),
        Arguments.of("{\"query\":\"a\",\"topK\":51}", 400, "TOP_K_OUT_OF_RANGE", "topK"),
        Arguments.of("{\"query\":5}", 400, "INVALID_FIELD_TYPE", "query"),
        Arguments.of("{\"query\":\"a\",\"topK\":\"x\"}", 400, "INVALID_FIELD_TYPE", "topK"),
        Arguments.of("{\"query\":\"a\",\"topK\":1.5}", 400, "INVALID_FIELD_TYPE", "topK"),
        Arguments.of("{\"query\":\"a\",\"region\":[]}", 400, "INVALID_FIELD_TYPE", "region"),
        Arguments.of("{\"query\":\"a\",\"asOf\":7}", 400, "INVALID_FIELD_TYPE", "asOf"),
        Arguments.of("{\"query\":\"a\",\"top_k\":5}", 400, "UNKNOWN_FIELD", "top_k"),
        Arguments.of("{\"query\":\"a\",\"asOf\":\"2023-02-30\"}", 400, "INVALID_DATE", "asOf"),
        Arguments.of("{\"query\":\"a\",\"asOf\":\"yesterday\"}", 400, "INVALID_DATE", "asOf"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("badInputs")
  void should_reject_bad_input_with_specific_code(
      String body, int status, String code, String field) {
    HttpResponse<String> r = http.postJson("/api/v1/search", body);
    assertError(r, status, code);
    if (field != null) {
      assertEquals(field, json(r).get("details").get("field").asText(), r.body());
    }
  }

  @Test
  void should_refuse_non_json_content_types_with_415() {
    for (String type :
        List.of(
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=abc",
            "application/json; charset=gbk")) {
      assertError(
          http.post("/api/v1/search", type, "{\"query\":\"a\"}"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    assertError(
        http.post("/api/v1/search", null, "{\"query\":\"a\"}"), 415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void should_refuse_a_declared_body_over_64_kib_with_413() {
    String big = "{\"query\":\"" + "a".repeat(GatewayRouter.MAX_BODY_BYTES) + "\"}";
    assertError(http.postJson("/api/v1/search", big), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void should_refuse_a_chunked_body_over_64_kib_with_413() {
    byte[] big =
        ("{\"query\":\"" + "a".repeat(GatewayRouter.MAX_BODY_BYTES * 2) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        http.request("/api/v1/search")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    assertError(http.send(request), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void should_answer_unknown_routes_with_404_json() {
    assertError(http.get("/nope"), 404, "NOT_FOUND");
    assertError(http.postJson("/api/v1/nope", "{}"), 404, "NOT_FOUND");
    assertError(http.get("/api/v2/search"), 404, "NOT_FOUND");
  }

  @Test
  void should_answer_wrong_methods_with_405_json_and_allow_header() {
    HttpResponse<String> r = http.get("/api/v1/search");
    assertError(r, 405, "METHOD_NOT_ALLOWED");
    assertEquals("POST", r.headers().firstValue("Allow").orElseThrow());
    HttpResponse<String> d = http.send(http.request("/healthz").DELETE().build());
    assertError(d, 405, "METHOD_NOT_ALLOWED");
    assertEquals("GET", d.headers().firstValue("Allow").orElseThrow());
    assertError(http.post("/metrics", "application/json", "{}"), 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void should_answer_406_when_the_client_refuses_json() {
    HttpRequest request =
        http.request("/api/v1/search")
            .header("Content-Type", "application/json")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"a\"}"))
            .build();
    assertError(http.send(request), 406, "NOT_ACCEPTABLE");
    HttpRequest any =
        http.request("/api/v1/search")
            .header("Content-Type", "application/json")
            .header("Accept", "text/html, */*;q=0.1")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"信用\"}"))
            .build();
    assertEquals(200, http.send(any).statusCode());
  }

  @Test
  void should_serve_the_openapi_resource_as_is() throws Exception {
    HttpResponse<byte[]> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request("/openapi.json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    try (var in = HttpContractIT.class.getResourceAsStream("/openapi.json")) {
      assertArrayEquals(in.readAllBytes(), r.body());
    }
  }

  @Test
  void should_record_every_request_in_the_latency_histogram_by_route_template() {
    http.postJson("/api/v1/search", "{\"query\":\"信用修复\"}");
    http.postJson("/api/v1/search", "{\"query\":\"\"}");
    http.get("/no-such-route-4711");
    http.get("/api/v1/search");
    HttpResponse<String> r = http.get("/metrics");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    String text = r.body();
    for (String series :
        List.of(
            "http_server_requests_seconds_bucket{method=\"POST\",route=\"/api/v1/search\",status=\"200\",le=",
            "http_server_requests_seconds_bucket{method=\"POST\",route=\"/api/v1/search\",status=\"400\",le=",
            "http_server_requests_seconds_count{method=\"GET\",route=\"NOT_FOUND\",status=\"404\"}",
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/search\",status=\"405\"}")) {
      assertTrue(text.contains(series), "missing " + series);
    }
    assertFalse(text.contains("no-such-route-4711"), "raw path leaked into labels");
  }

  @Test
  void should_never_answer_client_input_with_a_5xx() {
    List<String> bodies =
        new ArrayList<>(
            List.of(
                "{\"query\":\"a\",\"topK\":1e999999999}",
                "{\"query\":\"a\",\"topK\":-0}",
                "{\"query\":\"\\u0000\"}",
                "{\"query\":\"\\ud800\"}",
                "{\"query\":\"a\",\"region\":\"" + "火星".repeat(1000) + "\"}",
                "{\"query\":\"a\",\"region\":\"   \"}",
                "{\"query\":\"a\",\"asOf\":\"0000-01-01\"}",
                "{\"query\":\"a\",\"asOf\":\"9999-12-31\"}",
                "{\"query\":\"AND OR NOT ( ) [ ] { } : ^ ~ * ? \\\\ / \\\" + - ! &&\"}",
                "{\"query\":\"第九十九条\"}",
                "{\"query\":\"《》第条\"}",
                "{\"query\":\"" + "[".repeat(5000) + "\"}",
                "[".repeat(30_000),
                "{\"query\":{\"$ne\":1}}",
                "true",
                "1"));
    for (String body : bodies) {
      HttpResponse<String> r = http.postJson("/api/v1/search", body);
      assertTrue(r.statusCode() < 500, body + " -> " + r.statusCode() + " " + r.body());
    }
    assertTrue(
        raw("GET //healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 200"));
    for (String path : List.of("/%zz", "/api/v1/search%00", "/..%2f..%2fetc/passwd", "/%")) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertTrue(response.startsWith("HTTP/1.1 4"), path + " -> " + response);
      assertTrue(response.contains("\"code\":\""), path + " -> " + response);
    }
  }

  @Test
  void should_answer_malformed_requests_with_4xx_json() {
    String noHost = raw("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertTrue(noHost.startsWith("HTTP/1.1 400"), noHost);
    String expect =
        raw(
            "POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Expect: magic\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertTrue(expect.startsWith("HTTP/1.1 400"), expect);
    assertTrue(expect.contains("\"code\":\"BAD_REQUEST\""), expect);
  }

  /** Sends a raw HTTP/1.1 request; returns the whole response. */
  static String raw(String request) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.httpPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
