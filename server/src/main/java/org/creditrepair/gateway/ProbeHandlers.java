package org.creditrepair.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/** 探针：liveness ({@code /healthz}) and readiness ({@code /readyz}, the knowledge index is open). */
final class ProbeHandlers {
  private static final System.Logger LOG = System.getLogger(ProbeHandlers.class.getName());

  private final KnowledgeService knowledge;

  ProbeHandlers(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  void health(RoutingContext ctx) {
    GatewayJson.send(ctx, 200, Map.of("status", "UP"));
  }

  void ready(RoutingContext ctx) {
    knowledge
        .stats(StatsRequest.getDefaultInstance())
        .onComplete(
            stats -> GatewayJson.send(ctx, 200, ready(stats)),
            error -> GatewayJson.send(ctx, 503, notReady(error)));
  }

  private static Map<String, Object> ready(StatsResponse s) {
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("documents", s.getDocuments());
    index.put("officialDocuments", s.getOfficialDocuments());
    index.put("guideDocuments", s.getGuideDocuments());
    index.put("chunks", s.getChunks());
    index.put("contentHash", s.getContentHash());
    index.put("builtAt", s.getBuiltAt());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "READY");
    body.put("knowledge", index);
    return body;
  }

  private static Map<String, Object> notReady(Throwable error) {
    CreditRepairException e;
    if (error instanceof CreditRepairException known) {
      e = known;
    } else {
      LOG.log(System.Logger.Level.WARNING, "就绪检查失败", error);
      e = new CreditRepairException(ErrorCode.NOT_READY, "服务尚未就绪");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "NOT_READY");
    body.putAll(HttpErrors.body(e));
    return body;
  }
}
