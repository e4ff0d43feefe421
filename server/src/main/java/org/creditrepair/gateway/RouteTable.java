package org.creditrepair.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.stream.Collectors;

/** 路由表：the (method, path template) pairs the gateway serves, for errors and metrics. */
record RouteTable(List<Endpoint> endpoints) {
  /** One served route. */
  record Endpoint(HttpMethod method, String path) {}

  RouteTable {
    endpoints = List.copyOf(endpoints);
  }

  /** The methods served at {@code path}, e.g. "GET" or "POST", comma-separated. */
  String allowedMethods(String path) {
    return endpoints.stream()
        .filter(e -> e.path().equals(path))
        .map(e -> e.method().name())
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /**
   * The request's normalised path, or its raw path (at most 200 characters) when it cannot be
   * normalised (a bad percent-escape such as {@code /%zz}).
   */
  static String pathOf(RoutingContext ctx) {
    try {
      return ctx.normalizedPath();
    } catch (IllegalArgumentException e) {
      String raw = ctx.request().path();
      return raw == null ? "" : raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
    }
  }

  /** The template {@code path} is, or null when no route has it. */
  String templateOf(String path) {
    return endpoints.stream().anyMatch(e -> e.path().equals(path)) ? path : null;
  }
}
