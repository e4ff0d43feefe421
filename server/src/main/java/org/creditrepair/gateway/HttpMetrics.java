package org.creditrepair.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * 请求指标：records every HTTP request (errors and 404s included) in the latency histogram {@code
 * http_server_requests_seconds}, tagged by method, route template and status.
 */
final class HttpMetrics {
  static final String METER = "http.server.requests";
  static final String NOT_FOUND_ROUTE = "NOT_FOUND";

  private static final String ROUTE_KEY = "cr.route.template";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final MeterRegistry registry;
  private final RouteTable routes;

  HttpMetrics(MeterRegistry registry, RouteTable routes) {
    this.registry = registry;
    this.routes = routes;
  }

  /** First handler of every request: times it until the response ends. */
  PlatformHandler start() {
    return ctx -> {
      long start = System.nanoTime();
      ctx.addEndHandler(ignored -> record(ctx, System.nanoTime() - start));
      ctx.next();
    };
  }

  /**
   * Marks the route template a matched request is recorded under; a platform handler so it runs
   * before the body is read (a 413 is recorded under its route too).
   */
  static PlatformHandler template(String path) {
    return ctx -> {
      ctx.put(ROUTE_KEY, path);
      ctx.next();
    };
  }

  private void record(RoutingContext ctx, long nanos) {
    String method = ctx.request().method().name();
    Timer.builder(METER)
        .description("HTTP 请求耗时")
        .tag("method", METHODS.contains(method) ? method : "OTHER")
        .tag("route", route(ctx))
        .tag("status", String.valueOf(ctx.response().getStatusCode()))
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private String route(RoutingContext ctx) {
    String marked = ctx.get(ROUTE_KEY);
    if (marked != null) {
      return marked;
    }
    String known = routes.templateOf(RouteTable.pathOf(ctx));
    return known != null ? known : NOT_FOUND_ROUTE;
  }
}
