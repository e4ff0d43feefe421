package org.creditrepair.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 存储端口：versioned JSON documents per collection, append-only logs, bounded lists and scheduled
 * queues, with one contract for the embedded (SQLite) and the Redis adapter.
 *
 * <p>Every write is durable when the call returns (embedded: synced to disk; Redis: AOF with {@code
 * appendfsync always}). Implementations are thread-safe, and several instances over the same
 * backing store (two servers sharing one Redis) keep every guarantee below. Times come from the
 * adapter's injected clock, truncated to milliseconds. Lists returned are never longer than {@link
 * #MAX_PAGE}. Conflicts are {@link StoreConflictException}s; an update of a missing document is a
 * {@code NOT_FOUND} {@code CreditRepairException}; a bad name or limit is an {@link
 * IllegalArgumentException}.
 */
public interface Store extends AutoCloseable {
  /** The largest page any read returns. */
  int MAX_PAGE = 1_000;

  /**
   * Creates a document as version 1 if its id is free, else {@link
   * StoreConflictException.Kind#ALREADY_EXISTS}. With an idempotency key (may be null) a replay of
   * the same request returns the first result (even under a different new id) and a different
   * request under the same key is {@link StoreConflictException.Kind#IDEMPOTENCY_KEY_REUSED}.
   */
  Written create(NewDocument document, Idempotency idempotency);

  /** The document, if it exists. */
  Optional<Document> get(String collection, String id);

  /**
   * Writes {@code change} as the next version if the stored version is still {@code
   * change.expectedVersion()}, else {@link StoreConflictException.Kind#VERSION_CONFLICT}. With an
   * idempotency key (may be null), a replay of the same request returns the document as the first
   * call left it, whatever happened since.
   */
  Written update(DocumentChange change, Idempotency idempotency);

  /** A tenant's documents, newest created first, optionally only those in {@code status}. */
  List<Document> list(String collection, String tenant, Optional<String> status, int limit);

  /** Appends an entry to an append-only log; returns its sequence number (1, 2, …). */
  long append(String log, String entry);

  /** Up to {@code limit} entries from sequence number {@code fromSeq} on, oldest first. */
  List<LogEntry> read(String log, long fromSeq, int limit);

  /** Appends to a bounded list, then drops the oldest items beyond {@code maxLength}. */
  void push(String list, String item, int maxLength);

  /** A bounded list's items, oldest first (at most the newest {@link #MAX_PAGE}). */
  List<String> range(String list);

  /** Schedules an item, replacing a pending, claimed or dead item with the same id. */
  void schedule(Scheduled item);

  /** Removes an item wherever it is; false when there was none. */
  boolean cancel(String queue, String id);

  /**
   * Claims up to {@code max} items due now for {@code owner}, each leased for {@code lease}: no
   * other claimant gets them until the lease ends. An item whose lease ended unacknowledged is due
   * again, or a dead letter when that was its last attempt.
   */
  List<Claim> claim(String queue, String owner, Duration lease, int max);

  /** Marks a delivery done and removes the item; false when the claim is no longer held. */
  boolean ack(Claim claim);

  /**
   * Reports a failed delivery: the item is due again at {@code retryAt}, or a dead letter if this
   * was its last attempt.
   */
  NackResult nack(Claim claim, Instant retryAt, String reason);

  /** Dead letters of a queue, most recent first. */
  List<DeadLetter> deadLetters(String queue, int limit);

  /** Releases connections and files; the data stays. */
  @Override
  void close();
}
