package org.creditrepair.app;

import java.nio.file.Path;
import java.time.Clock;
import org.creditrepair.store.Store;
import org.creditrepair.store.embedded.SqliteStore;
import org.creditrepair.store.redis.RedisStore;

/**
 * 存储工厂：opens the {@link Store} the configuration names, Redis when {@code CR_REDIS_URL} is set,
 * else the embedded store in {@code DATA/store}; the caller closes it.
 */
public final class StoreFactory {
  /** The embedded store's directory inside the data directory. */
  public static final String DIRECTORY = "store";

  private StoreFactory() {}

  /** Opens the configured store; throws IllegalStateException when it cannot be used. */
  public static Store open(ServerConfig config, Clock clock) {
    if (config.redisUrl() == null) {
      return SqliteStore.open(embeddedDirectory(config), clock);
    }
    return RedisStore.connect(config.redisUrl().value(), clock);
  }

  /** Where the embedded store keeps its files. */
  public static Path embeddedDirectory(ServerConfig config) {
    return config.dataDir().resolve(DIRECTORY);
  }

  /** The store in words, without secrets, for the startup log. */
  public static String describe(ServerConfig config) {
    return config.redisUrl() == null
        ? "嵌入式存储（SQLite，" + embeddedDirectory(config) + "）"
        : "Redis 存储（" + config.redisUrl() + "）";
  }
}
