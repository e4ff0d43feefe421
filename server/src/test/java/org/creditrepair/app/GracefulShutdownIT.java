package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.creditrepair.gateway.GatewayRouter;
import org.creditrepair.gateway.HttpGateway;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shutdown stops accepting, lets requests in flight finish, then closes everything. */
class GracefulShutdownIT {
  @TempDir Path tmp;

  static boolean accepts(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (ConnectException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void should_finish_a_request_in_flight_and_refuse_new_connections() throws Exception {
    Vertx vertx = Vertx.vertx();
    CountDownLatch inFlight = new CountDownLatch(1);
    Promise<SearchResponse> answer = Promise.promise();
    KnowledgeService held =
        new KnowledgeService() {
          @Override
          public Future<SearchResponse> search(SearchRequest request) {
            inFlight.countDown();
            return answer.future();
          }

          @Override
          public Future<StatsResponse> stats(StatsRequest request) {
            return Future.succeededFuture(StatsResponse.getDefaultInstance());
          }
        };
    try {
      HttpGateway gateway =
          HttpGateway.start(
                  vertx,
                  GatewayRouter.create(
                      vertx,
                      new GatewayRouter.Services(held, null, null, null, null, null, null, null),
                      org.creditrepair.app.TestServers.openSecurity(vertx),
                      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                      Clock.systemUTC()),
                  "127.0.0.1",
                  0)
              .await();
      int port = gateway.port();
      TestHttp http = new TestHttp(port);
      CompletableFuture<HttpResponse<String>> pending =
          CompletableFuture.supplyAsync(
              () -> http.postJson("/api/v1/search", "{\"query\":\"信用\"}"));
      assertTrue(inFlight.await(10, TimeUnit.SECONDS));

      CompletableFuture<Void> shutdown =
          gateway.shutdown(Duration.ofSeconds(10)).toCompletionStage().toCompletableFuture();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (accepts(port) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertFalse(accepts(port), "still accepting after shutdown began");
      assertFalse(shutdown.isDone(), "shutdown did not wait for the request in flight");

      vertx.runOnContext(v -> answer.complete(SearchResponse.newBuilder().setTookMs(1).build()));
      HttpResponse<String> r = pending.get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("{\"hits\":[]", r.body().substring(0, 10));
      shutdown.get(10, TimeUnit.SECONDS);
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void should_close_servers_and_index_in_order_and_only_once() throws Exception {
    Application app = TestServers.inProcess(tmp, false);
    int http = app.httpPort();
    int grpc = app.grpcPort();
    assertTrue(accepts(http) && accepts(grpc));
    long start = System.nanoTime();
    app.close();
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < Application.SHUTDOWN_GRACE.toMillis(), "idle shutdown took " + ms + " ms");
    assertFalse(accepts(http), "HTTP still open");
    assertFalse(accepts(grpc), "gRPC still open");
    assertFalse(app.knowledgeReady(), "knowledge module still open");
    app.close();
  }

  @Test
  void should_not_start_half_way_when_a_port_is_taken() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      ServerConfig config =
          new ServerConfig(
              "127.0.0.1",
              0,
              taken.getLocalPort(),
              tmp.resolve("data"),
              java.util.List.of(),
              java.util.List.of(),
              false,
              null,
              Duration.ofSeconds(5),
              null,
              null,
              0,
              Duration.ofSeconds(1),
              "https://api.weixin.qq.com",
              "",
              "",
              "",
              java.util.List.of());
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> Application.start(config, Clock.systemUTC(), TestServers.REAL));
      assertTrue(e.getMessage().contains("gRPC 端口"), e.getMessage());
    }
  }
}
