package org.creditrepair.store.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;

/**
 * Redis 持久化检查：acknowledged writes survive a crash only with {@code appendonly yes} and {@code
 * appendfsync always}. A server that says otherwise is refused; one that does not answer {@code
 * CONFIG GET} (managed services often disable it) is accepted with a warning.
 */
final class RedisPersistence {
  private static final System.Logger LOG = System.getLogger(RedisPersistence.class.getName());

  private RedisPersistence() {}

  /** Throws IllegalStateException unless the server fsyncs its AOF before every reply. */
  static void check(RedisCommands<String, String> commands, String where) {
    Map<String, String> config;
    try {
      config = commands.configGet("appendonly", "appendfsync");
    } catch (RedisCommandExecutionException e) {
      LOG.log(
          Level.WARNING,
          "无法用 CONFIG GET 检查 Redis {0} 的持久化设置（{1}）：请确认它配置了 appendonly yes 与 appendfsync always，"
              + "否则已确认的写入可能在 Redis 崩溃后丢失",
          where,
          e.getMessage());
      return;
    }
    String appendonly = lower(config.get("appendonly"));
    String appendfsync = lower(config.get("appendfsync"));
    if (!"yes".equals(appendonly) || !"always".equals(appendfsync)) {
      throw new IllegalStateException(
          "Redis "
              + where
              + " 未开启逐条同步的 AOF 持久化（需要 appendonly yes 与 appendfsync always，实际为 appendonly="
              + appendonly
              + "，appendfsync="
              + appendfsync
              + "），已确认的写入可能在崩溃后丢失。请在 redis.conf 中设置这两项，"
              + "或执行 CONFIG SET appendonly yes、CONFIG SET appendfsync always 与 CONFIG REWRITE");
    }
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
