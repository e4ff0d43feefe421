package org.creditrepair.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.junit.jupiter.api.Test;

class RouterRoutesTest {
  /** A knowledge service the router never calls in this test. */
  static final KnowledgeService UNUSED =
      new KnowledgeService() {
        @Override
        public Future<SearchResponse> search(SearchRequest request) {
          return Future.failedFuture("unused");
        }

        @Override
        public Future<StatsResponse> stats(StatsRequest request) {
          return Future.failedFuture("unused");
        }
      };

  /** The (method, path) pairs the router really serves. */
  static Set<RouteTable.Endpoint> served(Router router) {
    Set<RouteTable.Endpoint> served = new HashSet<>();
    for (Route route : router.getRoutes()) {
      if (route.getPath() != null && route.methods() != null) {
        String template = route.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
        route.methods().forEach(m -> served.add(new RouteTable.Endpoint(m, template)));
      }
    }
    return served;
  }

  @Test
  void should_serve_exactly_the_route_table() {
    Vertx vertx = Vertx.vertx();
    try {
      Router router =
          GatewayRouter.create(
              vertx,
              new GatewayRouter.Services(UNUSED, null, null, null, null, null, null, null),
              org.creditrepair.app.TestServers.openSecurity(vertx),
              new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
              Clock.systemUTC());
      assertEquals(Set.copyOf(GatewayRouter.ROUTES.endpoints()), served(router));
    } finally {
      vertx.close().await();
    }
  }
}
