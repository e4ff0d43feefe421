package org.creditrepair.gateway;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps openapi.json true to what the running server serves and returns. */
class OpenApiContractIT {
  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;
  static JsonNode doc;
  static String token;
  static String adminToken;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    http = new TestHttp(app.httpPort());
    doc = json(http.get("/openapi.json"));
    token =
        TestServers.token(
            tmp.resolve("data"),
            org.creditrepair.shared.auth.Role.STATION_STAFF,
            "staff-1",
            java.time.Duration.ofMinutes(5));
    adminToken =
        TestServers.token(
            tmp.resolve("data"),
            org.creditrepair.shared.auth.Role.ADMIN,
            "root",
            java.time.Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Set<String> strings(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  static JsonNode schema(String name) {
    JsonNode s = doc.get("components").get("schemas").get(name);
    assertTrue(s != null, "schema " + name + " missing");
    return s;
  }

  @Test
  void should_be_openapi_3_0_3() {
    assertEquals("3.0.3", doc.get("openapi").asText());
  }

  @Test
  void should_document_exactly_the_routes_the_router_serves() {
    Set<RouteTable.Endpoint> documented = new HashSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m ->
                            documented.add(
                                new RouteTable.Endpoint(
                                    HttpMethod.valueOf(m.toUpperCase(Locale.ROOT)),
                                    path.getKey()))));
    assertEquals(Set.copyOf(GatewayRouter.ROUTES.endpoints()), documented);
  }

  @Test
  void should_answer_every_documented_route_on_the_live_server() {
    RouteTable.Endpoint create = new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/applications");
    HttpResponse<String> created = send(create, create.path(), token);
    assertEquals(201, created.statusCode(), created.body());
    String applicationId = json(created).get("id").asText();
    for (RouteTable.Endpoint e : GatewayRouter.ROUTES.endpoints()) {
      if (ChatRoutes.ENDPOINTS.contains(e)
          && !e.path().equals("/api/v1/chat/sessions")
          && !e.path().equals("/api/v1/console/escalations")) {
        // need a session (and a hand-off) created first: checked by ChatApiIT
        continue;
      }
      if (ReminderRoutes.ENDPOINTS.contains(e)) {
        // roles, ?uscc= and a never-ending SSE stream: checked by ReminderApiIT
        continue;
      }
      if (e.equals(create)
          || e.path().endsWith("/transitions")
          || e.path().equals("/api/v1/prechecks")) {
        // creation answered 201 above; transitions (ApplicationsIT) and multipart pre-checks
        // (PrecheckApiIT) are covered where their bodies are built
        continue;
      }
      String path =
          e.path().replace("{templateId}", "TPL-COMMITMENT-LETTER").replace("{id}", applicationId);
      if (path.equals("/api/v1/applications")) {
        path += "?uscc=" + exampleUscc();
      }
      HttpResponse<String> r = send(e, path, path.equals("/api/v1/audit") ? adminToken : token);
      assertEquals(200, r.statusCode(), e + " " + r.body());
    }
  }

  static String exampleUscc() {
    return doc.at(
            "/paths/~1api~1v1~1applications/post/requestBody/content/application~1json/example/enterprise/uscc")
        .asText();
  }

  /** The route called with a bearer token (and the documented example body for a POST). */
  static HttpResponse<String> send(RouteTable.Endpoint e, String path, String bearer) {
    var b = http.request(path).header("Authorization", "Bearer " + bearer);
    if (e.method() == HttpMethod.GET) {
      return http.send(b.GET().build());
    }
    return http.send(
        b.header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(exampleBody(e)))
            .build());
  }

  /** The documented request example of a POST route (or a minimal body where none is given). */
  static String exampleBody(RouteTable.Endpoint e) {
    JsonNode example =
        doc.get("paths").get(e.path()).at("/post/requestBody/content/application~1json/example");
    if (!example.isMissingNode()) {
      return example.toString();
    }
    return "{\"enterprise\":"
        + doc.at(
            "/paths/~1api~1v1~1plans/post/requestBody/content/application~1json/example/enterprise")
        + "}";
  }

  @Test
  void should_describe_the_diagnoses_and_plans_the_server_returns() {
    RouteTable.Endpoint plans = new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/plans");
    JsonNode plan = json(http.postJson("/api/v1/plans", exampleBody(plans)));
    assertEquals(names(plan), strings(schema("PlanResponse").get("required")));
    assertEquals(names(plan.get("steps").get(0)), strings(schema("PlanStep").get("required")));
    assertEquals(
        names(plan.get("checklist").get(0)), strings(schema("ChecklistItem").get("required")));
    JsonNode diagnosis = plan.get("diagnosis");
    assertEquals(names(diagnosis), strings(schema("DiagnosisResponse").get("required")));
    JsonNode finding = diagnosis.get("findings").get(0);
    assertEquals(names(finding), strings(schema("Finding").get("required")));
    assertEquals(
        names(finding.get("citations").get(0)), strings(schema("Citation").get("required")));
    assertEquals(
        Set.copyOf(DiagnosisRequestJson.RECORD_FIELDS), names(schema("Record").get("properties")));
    assertEquals(
        Set.copyOf(DiagnosisRequestJson.FIELDS),
        names(schema("DiagnosisRequest").get("properties")));
    assertEquals(
        Set.copyOf(DiagnosisRequestJson.ENTERPRISE_FIELDS),
        names(schema("Enterprise").get("properties")));
    assertEquals(
        org.creditrepair.diagnosis.grpc.DiagnosisRequests.MAX_RECORDS,
        schema("DiagnosisRequest").at("/properties/records/maxItems").asInt());
  }

  @Test
  void should_describe_the_hits_the_server_returns() {
    HttpResponse<String> r = http.postJson("/api/v1/search", "{\"query\":\"信用修复\",\"topK\":3}");
    JsonNode live = json(r);
    JsonNode liveHit = live.get("hits").get(0);

    assertEquals(names(live), names(schema("SearchResponse").get("properties")));
    assertEquals(names(live), strings(schema("SearchResponse").get("required")));
    JsonNode hitSchema = schema("SearchHit");
    assertEquals(names(liveHit), names(hitSchema.get("properties")));
    assertEquals(names(liveHit), strings(hitSchema.get("required")));

    JsonNode example =
        doc.at("/paths/~1api~1v1~1search/post/responses/200/content/application~1json/example");
    assertEquals(names(live), names(example));
    assertEquals(names(liveHit), names(example.get("hits").get(0)));
    assertEquals(strings(hitSchema.at("/properties/source/enum")), Set.of("OFFICIAL", "GUIDE"));
  }

  @Test
  void should_describe_nullable_hit_fields() {
    JsonNode props = schema("SearchHit").get("properties");
    Set<String> nullable = new TreeSet<>();
    props
        .fields()
        .forEachRemaining(
            f -> {
              if (f.getValue().path("nullable").asBoolean(false)) {
                nullable.add(f.getKey());
              }
            });
    assertEquals(
        Set.of("article", "issuer", "documentNumber", "region", "effectiveFrom", "effectiveTo"),
        nullable);
  }

  @Test
  void should_describe_the_request_with_the_server_limits() {
    JsonNode request = schema("SearchRequest");
    assertEquals(Set.copyOf(SearchRequestParser.FIELDS), names(request.get("properties")));
    assertEquals(SearchQuery.MAX_QUERY_CHARS, request.at("/properties/query/maxLength").asInt());
    assertEquals(SearchQuery.MAX_TOP_K, request.at("/properties/topK/maximum").asInt());
    assertEquals(1, request.at("/properties/topK/minimum").asInt());
    assertEquals(SearchQuery.DEFAULT_TOP_K, request.at("/properties/topK/default").asInt());
    assertEquals(false, request.get("additionalProperties").asBoolean(true));
    String description = doc.at("/paths/~1api~1v1~1search/post/description").asText();
    assertTrue(description.contains(String.valueOf(GatewayRouter.MAX_BODY_BYTES)), description);
  }

  @Test
  void should_list_every_error_code_and_the_live_error_shape() {
    assertEquals(
        Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet()),
        strings(schema("ErrorCode").get("enum")));
    JsonNode liveError = json(http.postJson("/api/v1/search", "{}"));
    assertEquals(names(liveError), names(schema("Error").get("properties")));
  }

  @Test
  void should_describe_the_probe_bodies_the_server_returns() {
    assertEquals(names(json(http.get("/healthz"))), names(schema("Health").get("properties")));
    JsonNode ready = json(http.get("/readyz"));
    assertEquals(names(ready), names(schema("Ready").get("properties")));
    assertEquals(
        names(ready.get("knowledge")),
        names(schema("Ready").at("/properties/knowledge/properties")));
  }

  @Test
  void should_resolve_every_reference() {
    Set<String> refs = new TreeSet<>();
    collectRefs(doc, refs);
    assertNotEquals(0, refs.size());
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/"), ref);
      assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
    }
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> {
                if (f.getKey().equals("$ref")) {
                  refs.add(f.getValue().asText());
                } else {
                  collectRefs(f.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
