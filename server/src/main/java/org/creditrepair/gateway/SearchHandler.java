package org.creditrepair.gateway;

import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchRequest;

/** 检索接口：{@code POST /api/v1/search}, answered through the {@link KnowledgeService}. */
final class SearchHandler {
  private final KnowledgeService knowledge;
  private final SearchRequestParser parser;

  SearchHandler(KnowledgeService knowledge, Clock clock) {
    this.knowledge = knowledge;
    this.parser = new SearchRequestParser(clock);
  }

  void handle(RoutingContext ctx) {
    long start = System.nanoTime();
    SearchRequest request = parser.parse(ctx.body().buffer());
    knowledge
        .search(request)
        .onSuccess(
            response -> {
              long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
              GatewayJson.send(ctx, 200, SearchResponseJson.of(response, tookMs));
            })
        .onFailure(ctx::fail);
  }
}
