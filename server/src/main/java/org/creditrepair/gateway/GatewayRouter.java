package org.creditrepair.gateway;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;

/** HTTP 路由：the gateway's routes (DESIGN §4), with one error mapper and request metrics. */
public final class GatewayRouter {
  /** Largest request body accepted (64 KiB); larger ones get 413 PAYLOAD_TOO_LARGE. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  static final String OPENAPI_RESOURCE = "/openapi.json";
  private static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final int[] MATCH_FAILURES = {400, 404, 405, 406, 413, 415, 500};

  private GatewayRouter() {}

  /** Every (method, path) the router serves; {@code RouterRoutesTest} keeps it true. */
  static final RouteTable ROUTES =
      new RouteTable(
          List.of(
              new RouteTable.Endpoint(HttpMethod.GET, "/healthz"),
              new RouteTable.Endpoint(HttpMethod.GET, "/readyz"),
              new RouteTable.Endpoint(HttpMethod.GET, "/metrics"),
              new RouteTable.Endpoint(HttpMethod.GET, "/openapi.json"),
              new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/search")));

  /** The router; {@code knowledge} is the in-process adapter or the remote gRPC client. */
  public static Router create(
      Vertx vertx, KnowledgeService knowledge, PrometheusMeterRegistry registry, Clock clock) {
    Router router = Router.router(vertx);
    router.route().handler(new HttpMetrics(registry, ROUTES).start());
    router.route().handler(HttpErrors.rejectMalformedPath());

    ProbeHandlers probes = new ProbeHandlers(knowledge);
    Buffer openApi = Buffer.buffer(openApiDocument());
    SearchHandler search = new SearchHandler(knowledge, clock);
    get(router, "/healthz", probes::health);
    get(router, "/readyz", probes::ready);
    get(router, "/metrics", ctx -> metrics(ctx, registry));
    get(router, "/openapi.json", ctx -> send(ctx, openApi));
    router
        .route(HttpMethod.POST, "/api/v1/search")
        .produces("application/json")
        .handler(HttpMetrics.template("/api/v1/search"))
        .handler(new JsonBody())
        .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(search::handle);

    HttpErrors errors = new HttpErrors(ROUTES);
    router.route().failureHandler(errors::handle);
    for (int status : MATCH_FAILURES) {
      router.errorHandler(status, errors::handle);
    }
    return router;
  }

  private static void get(Router router, String path, Handler<RoutingContext> handler) {
    router.route(HttpMethod.GET, path).handler(HttpMetrics.template(path)).handler(handler);
  }

  private static void metrics(RoutingContext ctx, PrometheusMeterRegistry registry) {
    ctx.response().putHeader("Content-Type", PROMETHEUS_TYPE).end(registry.scrape());
  }

  private static void send(RoutingContext ctx, Buffer openApi) {
    ctx.response().putHeader("Content-Type", GatewayJson.CONTENT_TYPE).end(openApi);
  }

  /** The OpenAPI document shipped as a resource, served as is. */
  static byte[] openApiDocument() {
    try (InputStream in = GatewayRouter.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("缺少资源文件 " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
