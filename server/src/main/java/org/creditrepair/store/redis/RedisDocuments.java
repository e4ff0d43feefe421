package org.creditrepair.store.redis;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.Idempotency;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.StoreConflictException;
import org.creditrepair.store.StoreNames;
import org.creditrepair.store.Written;
import org.creditrepair.store.redis.RedisScripts.Script;

/** Redis 文档：documents as hashes, per-tenant indexes as sorted sets, writes by Lua script. */
final class RedisDocuments {
  private final RedisCommands<String, String> commands;
  private final RedisScripts scripts;

  RedisDocuments(RedisCommands<String, String> commands, RedisScripts scripts) {
    this.commands = commands;
    this.scripts = scripts;
  }

  Written create(NewDocument d, Idempotency idem, long now) {
    String c = d.collection();
    List<String> keys =
        new ArrayList<>(
            List.of(
                RedisKeys.doc(c, d.id()),
                RedisKeys.tenant(c, d.tenant()),
                RedisKeys.status(c, d.tenant(), d.status())));
    String fingerprint = "";
    if (idem != null) {
      keys.add(RedisKeys.idempotency(c, d.tenant(), idem.key()));
      fingerprint = idem.fingerprint(Idempotency.createOperation());
    }
    List<Object> r =
        scripts.run(
            Script.CREATE,
            ScriptOutputType.MULTI,
            keys.toArray(String[]::new),
            d.id(),
            d.tenant(),
            d.status(),
            d.body(),
            Long.toString(now),
            fingerprint);
    return switch ((String) r.get(0)) {
      case "CREATED", "REPLAYED" -> written(c, d.tenant(), r);
      case "EXISTS" -> throw StoreConflictException.exists(c, d.id());
      case "REUSED" -> throw StoreConflictException.keyReused(c, idem.key());
      default -> throw new IllegalStateException("create.lua answered " + r);
    };
  }

  Optional<Document> get(String collection, String id) {
    StoreNames.name("collection", collection);
    StoreNames.id("id", id);
    Map<String, String> h = commands.hgetall(RedisKeys.doc(collection, id));
    if (h.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Document(
            collection,
            id,
            h.get("tenant"),
            h.get("status"),
            Long.parseLong(h.get("version")),
            h.get("body"),
            Instant.ofEpochMilli(Long.parseLong(h.get("created"))),
            Instant.ofEpochMilli(Long.parseLong(h.get("updated")))));
  }

  Written update(DocumentChange ch, Idempotency idem, long now) {
    String c = ch.collection();
    String docKey = RedisKeys.doc(c, ch.id());
    List<KeyValue<String, String>> cur = commands.hmget(docKey, "tenant", "status");
    if (!cur.get(0).hasValue() || !cur.get(1).hasValue()) {
      throw notFound(ch);
    }
    String tenant = cur.get(0).getValue();
    String oldStatus = cur.get(1).getValue();
    List<String> keys =
        new ArrayList<>(
            List.of(
                docKey,
                RedisKeys.status(c, tenant, oldStatus),
                RedisKeys.status(c, tenant, ch.status())));
    String fingerprint = "";
    if (idem != null) {
      keys.add(RedisKeys.idempotency(c, tenant, idem.key()));
      fingerprint = idem.fingerprint(Idempotency.updateOperation(ch.id()));
    }
    List<Object> r =
        scripts.run(
            Script.UPDATE,
            ScriptOutputType.MULTI,
            keys.toArray(String[]::new),
            ch.id(),
            Long.toString(ch.expectedVersion()),
            oldStatus,
            ch.status(),
            ch.body(),
            Long.toString(now),
            fingerprint);
    return switch ((String) r.get(0)) {
      case "UPDATED", "REPLAYED" -> written(c, tenant, r);
      case "NOT_FOUND" -> throw notFound(ch);
      case "CONFLICT" ->
          throw StoreConflictException.version(c, ch.id(), Long.parseLong((String) r.get(1)));
      case "REUSED" -> throw StoreConflictException.keyReused(c, idem.key());
      default -> throw new IllegalStateException("update.lua answered " + r);
    };
  }

  List<Document> list(String collection, String tenant, Optional<String> status, int limit) {
    StoreNames.name("collection", collection);
    StoreNames.token("tenant", tenant);
    StoreNames.limit(limit);
    String index =
        status.isPresent()
            ? RedisKeys.status(collection, tenant, StoreNames.token("status", status.get()))
            : RedisKeys.tenant(collection, tenant);
    List<Object> r =
        scripts.run(
            Script.LIST,
            ScriptOutputType.MULTI,
            new String[] {index},
            Integer.toString(limit),
            RedisKeys.docPrefix(collection));
    List<Document> docs = new ArrayList<>(r.size() / 7);
    for (int i = 0; i + 6 < r.size(); i += 7) {
      docs.add(
          new Document(
              collection,
              (String) r.get(i),
              (String) r.get(i + 1),
              (String) r.get(i + 2),
              Long.parseLong((String) r.get(i + 3)),
              (String) r.get(i + 4),
              Instant.ofEpochMilli(Long.parseLong((String) r.get(i + 5))),
              Instant.ofEpochMilli(Long.parseLong((String) r.get(i + 6)))));
    }
    return docs;
  }

  /** A script's {status, id, status, version, body, created, updated} as a write result. */
  private static Written written(String collection, String tenant, List<Object> r) {
    Document d =
        new Document(
            collection,
            (String) r.get(1),
            tenant,
            (String) r.get(2),
            Long.parseLong((String) r.get(3)),
            (String) r.get(4),
            Instant.ofEpochMilli(Long.parseLong((String) r.get(5))),
            Instant.ofEpochMilli(Long.parseLong((String) r.get(6))));
    return new Written(d, r.get(0).equals("REPLAYED"));
  }

  private static CreditRepairException notFound(DocumentChange ch) {
    return new CreditRepairException(
        ErrorCode.NOT_FOUND,
        "文档不存在：" + ch.id(),
        Map.of("collection", ch.collection(), "id", ch.id()));
  }
}
