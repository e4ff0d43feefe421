package org.creditrepair.grpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.grpc.common.ServiceName;
import io.vertx.grpc.health.HealthService;
import io.vertx.grpc.reflection.ReflectionService;
import io.vertx.grpc.server.GrpcServer;
import io.vertx.grpc.server.GrpcServerOptions;
import io.vertx.grpc.server.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * gRPC 服务端：the gRPC endpoint on its own port, serving the given services plus gRPC health ({@code
 * grpc.health.v1.Health}) and reflection ({@code grpc.reflection.v1}).
 */
public final class GrpcEndpoint {
  /** Largest gRPC message accepted: a pre-check carries up to 50 MB of files. */
  public static final int MAX_MESSAGE_BYTES = 56 * 1024 * 1024;

  private final HttpServer server;

  private GrpcEndpoint(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts listening.
   *
   * @param readiness per service, whether it is serving; services not listed are SERVING
   */
  public static Future<GrpcEndpoint> start(
      Vertx vertx,
      String host,
      int port,
      List<Service> services,
      Map<ServiceName, BooleanSupplier> readiness) {
    GrpcServer grpc =
        GrpcServer.server(
            vertx,
            new GrpcServerOptions()
                .setScheduleDeadlineAutomatically(true)
                .setMaxMessageSize(MAX_MESSAGE_BYTES));
    services.forEach(grpc::addService);
    HealthService health = HealthService.create(vertx);
    readiness.forEach(
        (name, ready) -> health.register(name, () -> Future.succeededFuture(ready.getAsBoolean())));
    grpc.addService(health);
    grpc.addService(ReflectionService.v1());
    return vertx
        .createHttpServer(new HttpServerOptions().setHost(host).setPort(port))
        .requestHandler(grpc)
        .listen()
        .map(GrpcEndpoint::new);
  }

  /** The port it listens on. */
  public int port() {
    return server.actualPort();
  }

  /** Stops accepting calls, lets calls in flight finish within {@code grace}, then closes. */
  public Future<Void> shutdown(Duration grace) {
    return server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS);
  }
}
