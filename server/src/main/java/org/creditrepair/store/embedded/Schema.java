package org.creditrepair.store.embedded;

import java.util.List;

/** 嵌入式表结构：the SQLite tables and indexes of the embedded store (schema version 1). */
final class Schema {
  static final int VERSION = 1;

  static final List<String> STATEMENTS =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS documents (
            collection TEXT NOT NULL, id TEXT NOT NULL, tenant TEXT NOT NULL, status TEXT NOT NULL,
            version INTEGER NOT NULL, body TEXT NOT NULL,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
            PRIMARY KEY (collection, id)) WITHOUT ROWID""",
          """
          CREATE INDEX IF NOT EXISTS documents_by_tenant
            ON documents (collection, tenant, created_at DESC, id DESC)""",
          """
          CREATE INDEX IF NOT EXISTS documents_by_status
            ON documents (collection, tenant, status, created_at DESC, id DESC)""",
          """
          CREATE TABLE IF NOT EXISTS idempotency (
            collection TEXT NOT NULL, tenant TEXT NOT NULL, key TEXT NOT NULL,
            fingerprint TEXT NOT NULL, id TEXT NOT NULL, status TEXT NOT NULL,
            version INTEGER NOT NULL, body TEXT NOT NULL,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
            PRIMARY KEY (collection, tenant, key)) WITHOUT ROWID""",
          """
          CREATE TABLE IF NOT EXISTS log_entries (
            log TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, entry TEXT NOT NULL,
            PRIMARY KEY (log, seq)) WITHOUT ROWID""",
          """
          CREATE TABLE IF NOT EXISTS list_items (
            list TEXT NOT NULL, seq INTEGER NOT NULL, item TEXT NOT NULL,
            PRIMARY KEY (list, seq)) WITHOUT ROWID""",
          """
          CREATE TABLE IF NOT EXISTS queue_items (
            queue TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('P', 'L', 'D')),
            due_at INTEGER NOT NULL, attempts INTEGER NOT NULL, max_attempts INTEGER NOT NULL,
            owner TEXT, lease_until INTEGER, reason TEXT, dead_at INTEGER,
            PRIMARY KEY (queue, id)) WITHOUT ROWID""",
          """
          CREATE INDEX IF NOT EXISTS queue_items_due ON queue_items (queue, state, due_at, id)""",
          """
          CREATE INDEX IF NOT EXISTS queue_items_lease
            ON queue_items (queue, state, lease_until)""",
          """
          CREATE INDEX IF NOT EXISTS queue_items_dead
            ON queue_items (queue, state, dead_at DESC, id DESC)""");

  private Schema() {}
}
