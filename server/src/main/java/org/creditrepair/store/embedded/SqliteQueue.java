package org.creditrepair.store.embedded;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.creditrepair.store.Claim;
import org.creditrepair.store.DeadLetter;
import org.creditrepair.store.NackResult;
import org.creditrepair.store.Scheduled;
import org.creditrepair.store.StoreNames;

/**
 * 嵌入式定时队列：items in state P (pending), L (leased) or D (dead); runs inside the caller's {@code BEGIN
 * IMMEDIATE} transaction, which makes a claim exclusive across connections.
 */
final class SqliteQueue {
  private final Sql sql;

  SqliteQueue(Sql sql) {
    this.sql = sql;
  }

  void schedule(Scheduled item) throws SQLException {
    sql.update(
        "INSERT OR REPLACE INTO queue_items (queue, id, payload, state, due_at, attempts,"
            + " max_attempts, owner, lease_until, reason, dead_at)"
            + " VALUES (?, ?, ?, 'P', ?, 0, ?, NULL, NULL, NULL, NULL)",
        item.queue(),
        item.id(),
        item.payload(),
        item.dueAt().toEpochMilli(),
        item.maxAttempts());
  }

  boolean cancel(String queue, String id) throws SQLException {
    return sql.update(
            "DELETE FROM queue_items WHERE queue = ? AND id = ?",
            StoreNames.name("queue", queue),
            StoreNames.id("id", id))
        > 0;
  }

  List<Claim> claim(String queue, String owner, Duration lease, int max, long now)
      throws SQLException {
    StoreNames.name("queue", queue);
    StoreNames.key("owner", owner);
    StoreNames.limit(max);
    long leaseMs = StoreNames.leaseMillis(lease);
    expireLeases(queue, now);
    List<Object[]> due =
        sql.query(
            "SELECT id, payload, attempts, max_attempts FROM queue_items"
                + " WHERE queue = ? AND state = 'P' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
            rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)},
            queue,
            now,
            max);
    List<Claim> claims = new ArrayList<>(due.size());
    long until = now + leaseMs;
    for (Object[] row : due) {
      String id = (String) row[0];
      int attempt = (Integer) row[2] + 1;
      sql.update(
          "UPDATE queue_items SET state = 'L', attempts = ?, owner = ?, lease_until = ?"
              + " WHERE queue = ? AND id = ?",
          attempt,
          owner,
          until,
          queue,
          id);
      claims.add(
          new Claim(
              queue,
              id,
              (String) row[1],
              attempt,
              (Integer) row[3],
              owner,
              Instant.ofEpochMilli(until)));
    }
    return claims;
  }

  /** Leases that ended: the last attempt becomes a dead letter, the others are due again. */
  private void expireLeases(String queue, long now) throws SQLException {
    sql.update(
        "UPDATE queue_items SET state = 'D', dead_at = ?, reason = ?, owner = NULL"
            + " WHERE queue = ? AND state = 'L' AND lease_until <= ? AND attempts >= max_attempts",
        now,
        DeadLetter.LEASE_EXPIRED,
        queue,
        now);
    sql.update(
        "UPDATE queue_items SET state = 'P', due_at = lease_until, owner = NULL"
            + " WHERE queue = ? AND state = 'L' AND lease_until <= ?",
        queue,
        now);
  }

  boolean ack(Claim claim) throws SQLException {
    return sql.update(
            "DELETE FROM queue_items WHERE queue = ? AND id = ? AND state = 'L' AND owner = ?"
                + " AND attempts = ?",
            claim.queue(),
            claim.id(),
            claim.owner(),
            claim.attempt())
        == 1;
  }

  NackResult nack(Claim claim, Instant retryAt, String reason, long now) throws SQLException {
    Objects.requireNonNull(retryAt, "retryAt");
    Objects.requireNonNull(reason, "reason");
    List<int[]> held =
        sql.query(
            "SELECT attempts, max_attempts FROM queue_items WHERE queue = ? AND id = ?"
                + " AND state = 'L' AND owner = ? AND attempts = ?",
            rs -> new int[] {rs.getInt(1), rs.getInt(2)},
            claim.queue(),
            claim.id(),
            claim.owner(),
            claim.attempt());
    if (held.isEmpty()) {
      return NackResult.NOT_HELD;
    }
    if (held.get(0)[0] >= held.get(0)[1]) {
      sql.update(
          "UPDATE queue_items SET state = 'D', dead_at = ?, reason = ?, owner = NULL"
              + " WHERE queue = ? AND id = ?",
          now,
          reason,
          claim.queue(),
          claim.id());
      return NackResult.DEAD_LETTERED;
    }
    sql.update(
        "UPDATE queue_items SET state = 'P', due_at = ?, reason = ?, owner = NULL,"
            + " lease_until = NULL WHERE queue = ? AND id = ?",
        retryAt.toEpochMilli(),
        reason,
        claim.queue(),
        claim.id());
    return NackResult.RETRY_SCHEDULED;
  }

  List<DeadLetter> deadLetters(String queue, int limit) throws SQLException {
    StoreNames.name("queue", queue);
    StoreNames.limit(limit);
    return sql.query(
        "SELECT id, payload, attempts, reason, dead_at FROM queue_items"
            + " WHERE queue = ? AND state = 'D' ORDER BY dead_at DESC, id DESC LIMIT ?",
        rs ->
            new DeadLetter(
                queue,
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5))),
        queue,
        limit);
  }
}
