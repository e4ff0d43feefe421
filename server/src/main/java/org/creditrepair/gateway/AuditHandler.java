package org.creditrepair.gateway;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditrepair.audit.AuditEntry;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/** 审计查询：{@code GET /api/v1/audit?from=SEQ&limit=N} for ADMIN, oldest first, with the next seq. */
final class AuditHandler {
  private AuditHandler() {}

  static void read(Vertx vertx, AuditLog audit, RoutingContext ctx) {
    long from = number(ctx.queryParams().get("from"), "from", 0, Long.MAX_VALUE, 0);
    int limit = (int) number(ctx.queryParams().get("limit"), "limit", 1, 1000, 100);
    vertx
        .executeBlocking(() -> audit.read(from, limit), false)
        .onSuccess(
            entries -> {
              List<Object> out = new ArrayList<>();
              long next = from;
              for (AuditEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seq", e.seq());
                m.put("at", e.at().toString());
                m.put("actor", e.actor());
                m.put("role", e.role());
                m.put("action", e.action());
                m.put("uscc", e.tenant());
                m.put("resource", e.resource());
                m.put("reason", e.reason());
                out.add(m);
                next = e.seq() + 1;
              }
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("entries", out);
              body.put("next", next);
              GatewayJson.send(ctx, 200, body);
            })
        .onFailure(ctx::fail);
  }

  private static long number(String text, String field, long min, long max, long dflt) {
    if (text == null) {
      return dflt;
    }
    try {
      long n = Long.parseLong(text.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CreditRepairException(
        ErrorCode.INVALID_VALUE,
        field + " 必须是 " + min + " 到 " + max + " 之间的整数",
        Map.of("field", field));
  }
}
