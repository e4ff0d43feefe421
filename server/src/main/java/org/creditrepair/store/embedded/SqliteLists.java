package org.creditrepair.store.embedded;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.creditrepair.store.LogEntry;
import org.creditrepair.store.Store;
import org.creditrepair.store.StoreNames;

/** 嵌入式日志与列表：append-only logs and bounded lists; runs inside the caller's lock. */
final class SqliteLists {
  private final Sql sql;

  SqliteLists(Sql sql) {
    this.sql = sql;
  }

  long append(String log, String entry, long now) throws SQLException {
    StoreNames.name("log", log);
    Objects.requireNonNull(entry, "entry");
    long seq = next("SELECT COALESCE(MAX(seq), 0) + 1 FROM log_entries WHERE log = ?", log);
    sql.update(
        "INSERT INTO log_entries (log, seq, at, entry) VALUES (?, ?, ?, ?)", log, seq, now, entry);
    return seq;
  }

  List<LogEntry> read(String log, long fromSeq, int limit) throws SQLException {
    StoreNames.name("log", log);
    StoreNames.limit(limit);
    return sql.query(
        "SELECT seq, at, entry FROM log_entries WHERE log = ? AND seq >= ? ORDER BY seq LIMIT ?",
        rs -> new LogEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)),
        log,
        Math.max(1, fromSeq),
        limit);
  }

  void push(String list, String item, int maxLength) throws SQLException {
    StoreNames.name("list", list);
    Objects.requireNonNull(item, "item");
    StoreNames.limit(maxLength);
    long seq = next("SELECT COALESCE(MAX(seq), 0) + 1 FROM list_items WHERE list = ?", list);
    sql.update("INSERT INTO list_items (list, seq, item) VALUES (?, ?, ?)", list, seq, item);
    sql.update("DELETE FROM list_items WHERE list = ? AND seq <= ?", list, seq - maxLength);
  }

  List<String> range(String list) throws SQLException {
    StoreNames.name("list", list);
    return sql.query(
        "SELECT item FROM (SELECT seq, item FROM list_items WHERE list = ?"
            + " ORDER BY seq DESC LIMIT ?) ORDER BY seq",
        rs -> rs.getString(1),
        list,
        Store.MAX_PAGE);
  }

  private long next(String query, String name) throws SQLException {
    return sql.one(query, rs -> rs.getLong(1), name).orElse(1L);
  }
}
