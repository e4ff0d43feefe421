package org.creditrepair.app;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.creditrepair.grpc.GrpcEndpoint;
import org.creditrepair.grpc.KnowledgeGrpcService;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway over a real gRPC hop answers exactly as in-process, errors included. */
class RemoteModeIT {
  @TempDir static Path tmp;
  static Application service;
  static Application gateway;
  static TestHttp local;
  static TestHttp remote;

  @BeforeAll
  static void start() throws Exception {
    service = TestServers.inProcess(tmp, false);
    gateway = TestServers.remote(tmp, service.grpcPort());
    local = new TestHttp(service.httpPort());
    remote = new TestHttp(gateway.httpPort());
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (service != null) {
      service.close();
    }
  }

  static JsonNode withoutTook(HttpResponse<String> r) {
    JsonNode body = json(r);
    if (body instanceof ObjectNode o) {
      o.remove("tookMs");
    }
    return body;
  }

  @Test
  void should_return_the_same_json_as_in_process() {
    for (String body :
        List.of(
            "{\"query\":\"信用修复申请书 守信承诺书\",\"topK\":10}",
            "{\"query\":\"异议 标注\",\"region\":\"上海\"}",
            "{\"query\":\"公示期满六个月\",\"asOf\":\"2022-01-01\",\"topK\":3}",
            "{\"query\":\"第三条\"}")) {
      HttpResponse<String> a = local.postJson("/api/v1/search", body);
      HttpResponse<String> b = remote.postJson("/api/v1/search", body);
      assertEquals(200, a.statusCode(), a.body());
      assertEquals(a.statusCode(), b.statusCode(), b.body());
      assertEquals(withoutTook(a), withoutTook(b), body);
    }
  }

  @Test
  void should_return_the_same_error_json_as_in_process() {
    for (String body :
        List.of(
            "{}",
            "{\"query\":\"\"}",
            "{\"query\":\"a\",\"topK\":0}",
            "{\"query\":\"a\",\"asOf\":\"2023-02-30\"}",
            "{\"query\":\"a\",\"region\":\"不存在的地区名称\"}")) {
      HttpResponse<String> a = local.postJson("/api/v1/search", body);
      HttpResponse<String> b = remote.postJson("/api/v1/search", body);
      assertEquals(a.statusCode(), b.statusCode(), body + " " + b.body());
      assertEquals(withoutTook(a), withoutTook(b), body);
    }
  }

  @Test
  void should_be_ready_when_the_remote_service_is() {
    HttpResponse<String> r = remote.get("/readyz");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(json(local.get("/readyz")), json(r));
  }

  @Test
  void should_carry_not_ready_from_the_remote_service() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try (Application opening =
            Application.start(
                TestServers.config(tmp.resolve("opening"), List.of(), false, null),
                Clock.systemUTC(),
                s -> {
                  never.await(60, TimeUnit.SECONDS);
                  throw new IllegalStateException("test ends");
                });
        Application front = TestServers.remote(tmp, opening.grpcPort())) {
      TestHttp http = new TestHttp(front.httpPort());
      HttpResponse<String> search = http.postJson("/api/v1/search", "{\"query\":\"信用\"}");
      assertEquals(503, search.statusCode());
      HttpResponse<String> direct =
          new TestHttp(opening.httpPort()).postJson("/api/v1/search", "{\"query\":\"信用\"}");
      assertEquals(json(direct), json(search));
      assertEquals("NOT_READY", json(search).get("code").asText());
      assertEquals(503, http.get("/readyz").statusCode());
    } finally {
      never.countDown();
    }
  }

  @Test
  void should_answer_503_upstream_unavailable_when_nothing_listens() throws Exception {
    int unused;
    try (ServerSocket s = new ServerSocket(0)) {
      unused = s.getLocalPort();
    }
    try (Application front = TestServers.remote(tmp, unused)) {
      TestHttp http = new TestHttp(front.httpPort());
      HttpResponse<String> r = http.postJson("/api/v1/search", "{\"query\":\"信用\"}");
      assertEquals(503, r.statusCode(), r.body());
      assertEquals("UPSTREAM_UNAVAILABLE", json(r).get("code").asText());
      HttpResponse<String> ready = http.get("/readyz");
      assertEquals(503, ready.statusCode());
      assertEquals("UPSTREAM_UNAVAILABLE", json(ready).get("code").asText());
    }
  }

  @Test
  void should_answer_504_when_the_remote_service_misses_the_deadline() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      KnowledgeService silent =
          new KnowledgeService() {
            @Override
            public Future<SearchResponse> search(SearchRequest request) {
              return vertx.timer(5_000).map(v -> SearchResponse.getDefaultInstance());
            }

            @Override
            public Future<StatsResponse> stats(StatsRequest request) {
              return Future.succeededFuture(StatsResponse.getDefaultInstance());
            }
          };
      GrpcEndpoint slow =
          GrpcEndpoint.start(
                  vertx, "127.0.0.1", 0, List.of(KnowledgeGrpcService.of(silent)), Map.of())
              .await();
      ServerConfig config =
          new ServerConfig(
              "127.0.0.1",
              0,
              0,
              tmp.resolve("deadline"),
              List.of(),
              List.of(),
              false,
              new HostAndPort("127.0.0.1", slow.port()),
              Duration.ofMillis(300),
              null,
              null,
              0,
              Duration.ofSeconds(1),
              "https://api.weixin.qq.com",
              "",
              "",
              "",
              List.of());
      try (Application front = Application.start(config, Clock.systemUTC(), TestServers.REAL)) {
        long start = System.nanoTime();
        HttpResponse<String> r =
            new TestHttp(front.httpPort()).postJson("/api/v1/search", "{\"query\":\"信用\"}");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(504, r.statusCode(), r.body());
        assertEquals("DEADLINE_EXCEEDED", json(r).get("code").asText());
        assertTrue(ms < 3_000, "took " + ms + " ms");
      }
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void should_answer_500_with_a_generic_message_when_the_remote_service_breaks() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      KnowledgeService broken =
          new KnowledgeService() {
            @Override
            public Future<SearchResponse> search(SearchRequest request) {
              throw new IllegalStateException("secret internal detail");
            }

            @Override
            public Future<StatsResponse> stats(StatsRequest request) {
              return Future.failedFuture(new NullPointerException("another secret"));
            }
          };
      GrpcEndpoint endpoint =
          GrpcEndpoint.start(
                  vertx, "127.0.0.1", 0, List.of(KnowledgeGrpcService.of(broken)), Map.of())
              .await();
      try (Application front = TestServers.remote(tmp, endpoint.port())) {
        HttpResponse<String> r =
            new TestHttp(front.httpPort()).postJson("/api/v1/search", "{\"query\":\"信用\"}");
        assertEquals(500, r.statusCode(), r.body());
        assertEquals("INTERNAL", json(r).get("code").asText());
        assertTrue(!r.body().contains("secret"), r.body());
      }
    } finally {
      vertx.close().await();
    }
  }
}
