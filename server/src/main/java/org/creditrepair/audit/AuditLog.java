package org.creditrepair.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.store.LogEntry;
import org.creditrepair.store.Store;

/**
 * 审计日志：the append-only log of every access by station staff (and administrators) to an enterprise's
 * data, kept in the store's log {@value #LOG}; enterprises' access to their own data is not logged.
 */
public final class AuditLog {
  static final String LOG = "audit";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Store store;

  public AuditLog(Store store) {
    this.store = store;
  }

  /**
   * Records an access to {@code tenant}'s data when the actor is not the enterprise itself; a no-op
   * for an enterprise reading its own data. Returns only once the entry is durable.
   */
  public void record(
      Principal actor, String action, String tenant, String resource, String reason) {
    if (actor.role() == Role.ENTERPRISE) {
      return;
    }
    ObjectNode e = JSON.createObjectNode();
    e.put("actor", actor.subject());
    e.put("role", actor.role().name());
    e.put("action", action);
    e.put("tenant", tenant);
    e.put("resource", resource);
    e.put("reason", reason == null || reason.isBlank() ? null : abbreviate(reason));
    try {
      store.append(LOG, JSON.writeValueAsString(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Entries from {@code fromSeq} on, at most {@code limit}, oldest first. */
  public List<AuditEntry> read(long fromSeq, int limit) {
    List<AuditEntry> out = new ArrayList<>();
    for (LogEntry le : store.read(LOG, fromSeq, limit)) {
      try {
        var n = JSON.readTree(le.entry());
        out.add(
            new AuditEntry(
                le.seq(),
                le.at(),
                n.get("actor").asText(),
                n.get("role").asText(),
                n.get("action").asText(),
                n.get("tenant").asText(),
                n.path("resource").isNull() ? null : n.path("resource").asText(null),
                n.path("reason").isNull() ? null : n.path("reason").asText(null)));
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("审计日志第 " + le.seq() + " 条无法解析", ex);
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }
}
