package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Store;
import org.creditrepair.store.embedded.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTest {
  @TempDir Path tmp;

  @Test
  void should_open_the_embedded_store_under_the_data_directory_without_a_redis_url() {
    ServerConfig config = ServerConfig.from(Map.of("CR_DATA_DIR", tmp.toString()), List.of());
    try (Store store = StoreFactory.open(config, Clock.systemUTC())) {
      assertInstanceOf(SqliteStore.class, store);
      store.create(new NewDocument("applications", "a-1", "T", "DRAFT", "{}"), null);
    }
    assertTrue(Files.isRegularFile(tmp.resolve("store").resolve(SqliteStore.FILE)));
    assertTrue(StoreFactory.describe(config).contains("SQLite"));
  }

  @Test
  void should_refuse_to_start_when_the_configured_redis_is_unreachable() {
    ServerConfig config =
        ServerConfig.from(
            Map.of("CR_DATA_DIR", tmp.toString(), "CR_REDIS_URL", "redis://u:pw@127.0.0.1:1"),
            List.of());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> StoreFactory.open(config, Clock.systemUTC()));
    assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    assertFalse(e.getMessage().contains("pw"), e.getMessage());
    assertEquals("Redis 存储（redis://***@127.0.0.1:1）", StoreFactory.describe(config));
    assertFalse(Files.exists(tmp.resolve("store")), "no embedded files when Redis is configured");
  }
}
