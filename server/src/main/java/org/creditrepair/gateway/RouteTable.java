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
        .filter(e -> matches(e.path(), path))
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

  /** The template {@code path} matches ({@code /api/v1/templates/{templateId}}), or null. */
  String templateOf(String path) {
    return endpoints.stream()
        .map(Endpoint::path)
        .filter(t -> matches(t, path))
        .findFirst()
        .orElse(null);
  }

  /** The Vert.x form of a template: {@code {templateId}} becomes {@code :templateId}. */
  static String vertxPath(String template) {
    return template.replaceAll("\\{([A-Za-z]+)}", ":$1");
  }

  /** True when {@code path} fits {@code template}, a {@code {param}} standing for one segment. */
  static boolean matches(String template, String path) {
    if (!template.contains("{")) {
      return template.equals(path);
    }
    String[] t = template.split("/", -1);
    String[] p = path.split("/", -1);
    if (t.length != p.length) {
      return false;
    }
    for (int i = 0; i < t.length; i++) {
      boolean param = t[i].startsWith("{") && t[i].endsWith("}");
      if (param ? p[i].isEmpty() : !t[i].equals(p[i])) {
        return false;
      }
    }
    return true;
  }
}
