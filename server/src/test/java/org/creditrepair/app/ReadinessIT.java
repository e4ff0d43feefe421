package org.creditrepair.app;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import io.vertx.core.Vertx;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.health.v1.HealthCheckResponse.ServingStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.creditrepair.grpc.GrpcProbes;
import org.creditrepair.proto.knowledge.v1.KnowledgeServiceGrpc;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers start at once; readiness follows the knowledge module opening in the background. */
class ReadinessIT {
  @TempDir Path tmp;

  @Test
  void should_report_not_ready_until_the_index_is_open_then_ready() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    KnowledgeOpener slow =
        settings -> {
          release.await(60, TimeUnit.SECONDS);
          return TestServers.REAL.open(settings);
        };
    Path corpus = TestCorpus.write(tmp.resolve("corpus"));
    Vertx vertx = Vertx.vertx();
    GrpcClient grpc = GrpcClient.client(vertx);
    ManagedChannel channel = null;
    try (Application app =
        Application.start(
            TestServers.config(tmp.resolve("data"), List.of(corpus), false, null),
            Clock.systemUTC(),
            slow)) {
      TestHttp http = new TestHttp(app.httpPort());
      channel =
          ManagedChannelBuilder.forAddress("127.0.0.1", app.grpcPort()).usePlaintext().build();

      assertEquals(200, http.get("/healthz").statusCode());
      HttpResponse<String> notReady = http.get("/readyz");
      assertEquals(503, notReady.statusCode());
      JsonNode body = json(notReady);
      assertEquals("NOT_READY", body.get("status").asText());
      assertEquals("NOT_READY", body.get("code").asText());
      HttpResponse<String> search = http.postJson("/api/v1/search", "{\"query\":\"信用\"}");
      assertEquals(503, search.statusCode());
      assertEquals("NOT_READY", json(search).get("code").asText());
      assertEquals(
          ServingStatus.NOT_SERVING,
          GrpcProbes.health(grpc, app.grpcPort(), "creditrepair.knowledge.v1.KnowledgeService"));
      assertEquals(ServingStatus.SERVING, GrpcProbes.health(grpc, app.grpcPort(), ""));
      ManagedChannel ch = channel;
      StatusRuntimeException e =
          assertThrows(
              StatusRuntimeException.class,
              () ->
                  KnowledgeServiceGrpc.newBlockingStub(ch)
                      .withDeadlineAfter(5, TimeUnit.SECONDS)
                      .search(SearchRequest.newBuilder().setQuery("信用").build()));
      assertEquals(io.grpc.Status.Code.UNAVAILABLE, e.getStatus().getCode());

      release.countDown();
      app.knowledgeOpened().get(120, TimeUnit.SECONDS);
      assertTrue(app.knowledgeReady());
      assertEquals(200, http.get("/readyz").statusCode());
      assertEquals(200, http.postJson("/api/v1/search", "{\"query\":\"信用\"}").statusCode());
      assertEquals(
          ServingStatus.SERVING,
          GrpcProbes.health(grpc, app.grpcPort(), "creditrepair.knowledge.v1.KnowledgeService"));
    } finally {
      release.countDown();
      if (channel != null) {
        channel.shutdownNow();
      }
      vertx.close().await();
    }
  }

  @Test
  void should_stay_not_ready_when_opening_fails() throws Exception {
    KnowledgeOpener broken =
        settings -> {
          throw new java.io.IOException("索引目录损坏（测试）");
        };
    try (Application app =
        Application.start(
            TestServers.config(tmp.resolve("data"), List.of(), false, null),
            Clock.systemUTC(),
            broken)) {
      assertThrows(Exception.class, () -> app.knowledgeOpened().get(30, TimeUnit.SECONDS));
      TestHttp http = new TestHttp(app.httpPort());
      assertEquals(503, http.get("/readyz").statusCode());
      assertEquals(200, http.get("/healthz").statusCode());
      HttpResponse<String> search = http.postJson("/api/v1/search", "{\"query\":\"信用\"}");
      assertEquals(503, search.statusCode());
      assertNotNull(json(search).get("message"));
    }
  }
}
