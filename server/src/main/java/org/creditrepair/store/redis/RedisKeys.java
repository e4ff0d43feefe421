package org.creditrepair.store.redis;

/**
 * Redis 键名：every key the adapter writes, under {@code cr:}. A collection's keys and a queue's keys
 * share one hash tag, so each script touches a single slot (Redis Cluster).
 */
final class RedisKeys {
  private RedisKeys() {}

  static String docPrefix(String collection) {
    return "cr:{" + collection + "}:doc:";
  }

  static String doc(String collection, String id) {
    return docPrefix(collection) + id;
  }

  static String tenant(String collection, String tenant) {
    return "cr:{" + collection + "}:tenant:" + tenant;
  }

  static String status(String collection, String tenant, String status) {
    return tenant(collection, tenant) + ":status:" + status;
  }

  static String idempotency(String collection, String tenant, String key) {
    return "cr:{" + collection + "}:idem:" + tenant + ":" + key;
  }

  static String log(String log) {
    return "cr:log:" + log;
  }

  static String list(String list) {
    return "cr:list:" + list;
  }

  /** Due (zset by due time), leased (zset by lease end), dead (zset by time), items (hash). */
  static String[] queue(String queue) {
    String base = "cr:{q:" + queue + "}:";
    return new String[] {base + "due", base + "leased", base + "dead", base + "items"};
  }
}
