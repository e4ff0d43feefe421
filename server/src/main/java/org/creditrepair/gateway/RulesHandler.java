package org.creditrepair.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.kb.rules.Regime;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.knowledge.RegistryEntry;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 规则清单：{@code GET /api/v1/rules[?verified=false][&regime=ID]} — every rule the engine applies with
 * its source, evidence and validity, so the station console can list what still needs checking.
 */
final class RulesHandler {
  private final RepairServices repair;

  RulesHandler(RepairServices repair) {
    this.repair = repair;
  }

  void list(RoutingContext ctx) {
    String verified = ctx.queryParams().get("verified");
    if (verified != null && !verified.equals("true") && !verified.equals("false")) {
      throw new CreditRepairException(
          ErrorCode.INVALID_VALUE, "verified 只能是 true 或 false", Map.of("field", "verified"));
    }
    String regime = ctx.queryParams().get("regime");
    List<Object> out = new ArrayList<>();
    int total = 0;
    int unverified = 0;
    for (Regime g : repair.rules().regimes()) {
      if (regime != null && !g.id().equals(regime)) {
        continue;
      }
      for (Rule r : g.rules()) {
        total++;
        unverified += r.meta().verified() ? 0 : 1;
        if (verified == null || Boolean.parseBoolean(verified) == r.meta().verified()) {
          out.add(json(g, r));
        }
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rules", out);
    body.put("total", total);
    body.put("unverified", unverified);
    GatewayJson.send(ctx, 200, body);
  }

  private Map<String, Object> json(Regime g, Rule r) {
    var m = r.meta();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("kind", kind(r));
    out.put("regimeId", g.id());
    out.put("regime", g.name());
    out.put("docId", m.source().doc());
    out.put(
        "docTitle",
        repair
            .registry()
            .byId(m.source().doc())
            .map(RegistryEntry::title)
            .orElse(m.source().doc()));
    out.put("article", m.source().article());
    out.put("verified", m.verified());
    out.put(
        "effectiveFrom", date(m.effectiveFrom() != null ? m.effectiveFrom() : g.effectiveFrom()));
    out.put("effectiveTo", date(m.effectiveTo() != null ? m.effectiveTo() : g.effectiveTo()));
    out.put("note", m.note());
    return out;
  }

  private static String kind(Rule r) {
    String name =
        switch (r) {
          case Rule.ConditionRule c -> "Condition";
          default -> r.getClass().getSimpleName();
        };
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? null : d.toString();
  }
}
