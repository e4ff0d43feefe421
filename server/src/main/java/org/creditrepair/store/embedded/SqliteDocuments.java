package org.creditrepair.store.embedded;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

/** 嵌入式文档：documents and idempotency records; every method runs inside the caller's lock. */
final class SqliteDocuments {
  private static final String COLUMNS =
      "collection, id, tenant, status, version, body, created_at, updated_at";

  private final Sql sql;

  SqliteDocuments(Sql sql) {
    this.sql = sql;
  }

  Written create(NewDocument doc, Idempotency idem, long now) throws SQLException {
    String fingerprint = idem == null ? null : idem.fingerprint(Idempotency.createOperation());
    if (idem != null) {
      Optional<Written> replay = replay(doc.collection(), doc.tenant(), idem, fingerprint);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    if (get(doc.collection(), doc.id()).isPresent()) {
      throw StoreConflictException.exists(doc.collection(), doc.id());
    }
    Document created =
        new Document(
            doc.collection(),
            doc.id(),
            doc.tenant(),
            doc.status(),
            1,
            doc.body(),
            Instant.ofEpochMilli(now),
            Instant.ofEpochMilli(now));
    sql.update(
        "INSERT INTO documents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        created.collection(),
        created.id(),
        created.tenant(),
        created.status(),
        created.version(),
        created.body(),
        now,
        now);
    remember(created, idem, fingerprint);
    return new Written(created, false);
  }

  Optional<Document> get(String collection, String id) throws SQLException {
    return sql.one(
        "SELECT " + COLUMNS + " FROM documents WHERE collection = ? AND id = ?",
        SqliteDocuments::document,
        StoreNames.name("collection", collection),
        StoreNames.id("id", id));
  }

  Written update(DocumentChange change, Idempotency idem, long now) throws SQLException {
    Document current =
        get(change.collection(), change.id())
            .orElseThrow(
                () ->
                    new CreditRepairException(
                        ErrorCode.NOT_FOUND,
                        "文档不存在：" + change.id(),
                        Map.of("collection", change.collection(), "id", change.id())));
    String fingerprint =
        idem == null ? null : idem.fingerprint(Idempotency.updateOperation(change.id()));
    if (idem != null) {
      Optional<Written> replay = replay(change.collection(), current.tenant(), idem, fingerprint);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    if (current.version() != change.expectedVersion()) {
      throw StoreConflictException.version(change.collection(), change.id(), current.version());
    }
    Document updated =
        new Document(
            current.collection(),
            current.id(),
            current.tenant(),
            change.status(),
            current.version() + 1,
            change.body(),
            current.createdAt(),
            Instant.ofEpochMilli(now));
    int rows =
        sql.update(
            "UPDATE documents SET status = ?, body = ?, version = ?, updated_at = ?"
                + " WHERE collection = ? AND id = ? AND version = ?",
            updated.status(),
            updated.body(),
            updated.version(),
            now,
            updated.collection(),
            updated.id(),
            current.version());
    if (rows != 1) {
      throw new IllegalStateException("compare-and-set matched " + rows + " rows");
    }
    remember(updated, idem, fingerprint);
    return new Written(updated, false);
  }

  List<Document> list(String collection, String tenant, Optional<String> status, int limit)
      throws SQLException {
    StoreNames.name("collection", collection);
    StoreNames.token("tenant", tenant);
    StoreNames.limit(limit);
    String select = "SELECT " + COLUMNS + " FROM documents WHERE collection = ? AND tenant = ?";
    String order = " ORDER BY created_at DESC, id DESC LIMIT ?";
    if (status.isPresent()) {
      return sql.query(
          select + " AND status = ?" + order,
          SqliteDocuments::document,
          collection,
          tenant,
          StoreNames.token("status", status.get()),
          limit);
    }
    return sql.query(select + order, SqliteDocuments::document, collection, tenant, limit);
  }

  private Optional<Written> replay(
      String collection, String tenant, Idempotency idem, String fingerprint) throws SQLException {
    Optional<String[]> row =
        sql.one(
            "SELECT fingerprint, id, status, version, body, created_at, updated_at FROM idempotency"
                + " WHERE collection = ? AND tenant = ? AND key = ?",
            rs ->
                new String[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)
                },
            collection,
            tenant,
            idem.key());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    String[] r = row.get();
    if (!r[0].equals(fingerprint)) {
      throw StoreConflictException.keyReused(collection, idem.key());
    }
    Document original =
        new Document(
            collection,
            r[1],
            tenant,
            r[2],
            Long.parseLong(r[3]),
            r[4],
            Instant.ofEpochMilli(Long.parseLong(r[5])),
            Instant.ofEpochMilli(Long.parseLong(r[6])));
    return Optional.of(new Written(original, true));
  }

  private void remember(Document d, Idempotency idem, String fingerprint) throws SQLException {
    if (idem == null) {
      return;
    }
    sql.update(
        "INSERT INTO idempotency (collection, tenant, key, fingerprint, id, status, version, body,"
            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.collection(),
        d.tenant(),
        idem.key(),
        fingerprint,
        d.id(),
        d.status(),
        d.version(),
        d.body(),
        d.createdAt().toEpochMilli(),
        d.updatedAt().toEpochMilli());
  }

  private static Document document(ResultSet rs) throws SQLException {
    return new Document(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        Instant.ofEpochMilli(rs.getLong(7)),
        Instant.ofEpochMilli(rs.getLong(8)));
  }
}
