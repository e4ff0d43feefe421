package org.creditrepair.store.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Store;
import org.creditrepair.store.StoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against the embedded SQLite adapter, one fresh directory per test. */
class EmbeddedStoreContractTest extends StoreContract {
  @TempDir Path tmp;

  @Override
  protected void resetBackend() {
    // @TempDir is new for every test.
  }

  @Override
  protected Store openInstance(Clock clock) {
    return SqliteStore.open(tmp.resolve("store"), clock);
  }

  @Test
  void should_keep_its_file_in_the_store_directory_with_wal_and_full_sync() {
    assertTrue(Files.isRegularFile(tmp.resolve("store").resolve(SqliteStore.FILE)));
    assertEquals("wal/2", ((SqliteStore) store()).durability());
  }

  @Test
  void should_find_its_data_again_after_reopening() {
    store().create(new NewDocument(APPS, "app-1", TENANT_A, "DRAFT", "{}"), null);
    store().append("audit", "{}");
    store().close();
    try (Store reopened = SqliteStore.open(tmp.resolve("store"), clock())) {
      assertEquals(1, reopened.get(APPS, "app-1").orElseThrow().version());
      assertEquals(1, reopened.read("audit", 1, 10).size());
      assertEquals(1, reopened.list(APPS, TENANT_A, Optional.empty(), 10).size());
    }
  }

  @Test
  void should_refuse_a_store_file_written_by_a_newer_version() throws Exception {
    Path dir = tmp.resolve("newer");
    SqliteStore.open(dir, clock()).close();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SqliteStore.open(dir, clock()));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }
}
