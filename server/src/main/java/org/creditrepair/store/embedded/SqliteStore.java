package org.creditrepair.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.Claim;
import org.creditrepair.store.DeadLetter;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.Idempotency;
import org.creditrepair.store.LogEntry;
import org.creditrepair.store.NackResult;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Scheduled;
import org.creditrepair.store.Store;
import org.creditrepair.store.Written;
import org.sqlite.SQLiteConfig;

/**
 * 嵌入式存储：the single-machine default {@link Store}, one SQLite file {@code DIR/store.db} in WAL mode
 * with {@code synchronous=FULL}, so every write transaction is fsynced before the call returns.
 *
 * <p>One connection serves the instance behind a lock; write transactions are {@code BEGIN
 * IMMEDIATE}, so further instances or processes over the same file wait (busy timeout) instead of
 * failing, and claims stay exclusive across them.
 */
public final class SqliteStore implements Store {
  /** The database file inside the store directory. */
  public static final String FILE = "store.db";

  static final int BUSY_TIMEOUT_MS = 10_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Connection connection;
  private final Sql sql;
  private final Clock clock;
  private final SqliteDocuments documents;
  private final SqliteLists lists;
  private final SqliteQueue queue;
  private boolean closed;

  private SqliteStore(Connection connection, Clock clock) {
    this.connection = connection;
    this.sql = new Sql(connection);
    this.clock = clock;
    this.documents = new SqliteDocuments(sql);
    this.lists = new SqliteLists(sql);
    this.queue = new SqliteQueue(sql);
  }

  /** Opens (creating if needed) the store in {@code dir}; fails unless WAL and FULL sync hold. */
  public static SqliteStore open(Path dir, Clock clock) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("无法创建存储目录 " + dir, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection c;
    try {
      c = config.createConnection("jdbc:sqlite:" + dir.resolve(FILE).toAbsolutePath());
    } catch (SQLException e) {
      throw failure("无法打开嵌入式存储 " + dir, e);
    }
    SqliteStore store = new SqliteStore(c, clock);
    try {
      store.checkDurability();
      store.migrate();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The journal mode and synchronous level of the open connection, e.g. {@code wal/2}. */
  String durability() {
    return read(
        () ->
            sql.one("PRAGMA journal_mode", rs -> rs.getString(1)).orElse("?")
                + "/"
                + sql.one("PRAGMA synchronous", rs -> rs.getInt(1)).orElse(-1));
  }

  private void checkDurability() {
    String mode = durability();
    if (!mode.equals("wal/2")) {
      throw new IllegalStateException("嵌入式存储需要 journal_mode=WAL 且 synchronous=FULL，实际为 " + mode);
    }
  }

  private void migrate() {
    write(
        () -> {
          int version = sql.one("PRAGMA user_version", rs -> rs.getInt(1)).orElse(0);
          if (version > Schema.VERSION) {
            throw new IllegalStateException(
                "存储文件的结构版本 " + version + " 比本程序支持的 " + Schema.VERSION + " 新，请升级程序");
          }
          for (String ddl : Schema.STATEMENTS) {
            sql.exec(ddl);
          }
          sql.exec("PRAGMA user_version = " + Schema.VERSION);
          return null;
        });
  }

  @Override
  public Written create(NewDocument document, Idempotency idempotency) {
    return write(() -> documents.create(document, idempotency, clock.millis()));
  }

  @Override
  public Optional<Document> get(String collection, String id) {
    return read(() -> documents.get(collection, id));
  }

  @Override
  public Written update(DocumentChange change, Idempotency idempotency) {
    return write(() -> documents.update(change, idempotency, clock.millis()));
  }

  @Override
  public List<Document> list(String collection, String tenant, Optional<String> status, int limit) {
    return read(() -> documents.list(collection, tenant, status, limit));
  }

  @Override
  public long append(String log, String entry) {
    return write(() -> lists.append(log, entry, clock.millis()));
  }

  @Override
  public List<LogEntry> read(String log, long fromSeq, int limit) {
    return read(() -> lists.read(log, fromSeq, limit));
  }

  @Override
  public void push(String list, String item, int maxLength) {
    write(
        () -> {
          lists.push(list, item, maxLength);
          return null;
        });
  }

  @Override
  public List<String> range(String list) {
    return read(() -> lists.range(list));
  }

  @Override
  public void schedule(Scheduled item) {
    write(
        () -> {
          queue.schedule(item);
          return null;
        });
  }

  @Override
  public boolean cancel(String queueName, String id) {
    return write(() -> queue.cancel(queueName, id));
  }

  @Override
  public List<Claim> claim(String queueName, String owner, Duration lease, int max) {
    return write(() -> queue.claim(queueName, owner, lease, max, clock.millis()));
  }

  @Override
  public boolean ack(Claim claim) {
    return write(() -> queue.ack(claim));
  }

  @Override
  public NackResult nack(Claim claim, Instant retryAt, String reason) {
    return write(() -> queue.nack(claim, retryAt, reason, clock.millis()));
  }

  @Override
  public List<DeadLetter> deadLetters(String queueName, int limit) {
    return read(() -> queue.deadLetters(queueName, limit));
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        connection.close();
      }
    } catch (SQLException e) {
      throw failure("关闭嵌入式存储失败", e);
    } finally {
      lock.unlock();
    }
  }

  /** Work inside one transaction or one read. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction; returns after the synced commit.
   */
  private <T> T write(Work<T> work) {
    lock.lock();
    try {
      ensureOpen();
      sql.exec("BEGIN IMMEDIATE");
      try {
        T result = work.run();
        sql.exec("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(e);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("嵌入式存储写入失败", e);
    } finally {
      lock.unlock();
    }
  }

  private <T> T read(Work<T> work) {
    lock.lock();
    try {
      ensureOpen();
      return work.run();
    } catch (SQLException e) {
      throw failure("嵌入式存储读取失败", e);
    } finally {
      lock.unlock();
    }
  }

  private void rollback(Exception cause) {
    try {
      sql.exec("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("嵌入式存储已关闭");
    }
  }

  private static CreditRepairException failure(String message, SQLException e) {
    return new CreditRepairException(ErrorCode.INTERNAL, message, Map.of(), e);
  }
}
