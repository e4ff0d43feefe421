package org.creditrepair.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** HTTP 网关：the HTTP server in front of the router. */
public final class HttpGateway {
  private final HttpServer server;

  private HttpGateway(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts listening on {@code host:port} (port 0 picks a free one). HTTP/1.1 only: over the
   * cleartext HTTP/2 upgrade ({@code Upgrade: h2c}, which Java's HTTP client tries by default) the
   * 147 KB OpenAPI document arrived garbled (it did not at 113 KB); clients reach the gateway
   * through a TLS proxy or directly over HTTP/1.1, SSE included.
   */
  public static Future<HttpGateway> start(Vertx vertx, Router router, String host, int port) {
    return vertx
        .createHttpServer(
            new HttpServerOptions().setHost(host).setPort(port).setHttp2ClearTextEnabled(false))
        .requestHandler(router)
        .listen()
        .map(HttpGateway::new);
  }

  /** The port it listens on. */
  public int port() {
    return server.actualPort();
  }

  /** Stops accepting, lets requests in flight finish within {@code grace}, then closes. */
  public Future<Void> shutdown(Duration grace) {
    return server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS);
  }
}
