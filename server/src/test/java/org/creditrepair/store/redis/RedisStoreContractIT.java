package org.creditrepair.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Store;
import org.creditrepair.store.StoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against the Lettuce adapter and a real redis-server (AOF, fsync always). */
class RedisStoreContractIT extends StoreContract {
  @TempDir static Path dir;
  private static RedisServer redis;

  @BeforeAll
  static void startRedis() throws Exception {
    Assumptions.assumeTrue(RedisServer.binary().isPresent(), RedisServer.MISSING);
    redis = RedisServer.start(dir.resolve("redis"));
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis != null) {
      redis.close();
    }
  }

  @Override
  protected void resetBackend() throws Exception {
    assertEquals("+OK", redis.command("FLUSHALL"));
  }

  @Override
  protected Store openInstance(Clock clock) {
    return RedisStore.connect(redis.url(), clock);
  }

  @Test
  void should_refuse_a_redis_without_an_append_only_file() throws Exception {
    try (RedisServer rdbOnly = RedisServer.start(dir.resolve("no-aof"), "--appendonly", "no")) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> RedisStore.connect(rdbOnly.url(), clock()));
      assertTrue(e.getMessage().contains("appendonly=no"), e.getMessage());
    }
  }

  @Test
  void should_refuse_a_redis_that_fsyncs_only_every_second() throws Exception {
    try (RedisServer everysec =
        RedisServer.start(
            dir.resolve("everysec"), "--appendonly", "yes", "--appendfsync", "everysec")) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> RedisStore.connect(everysec.url(), clock()));
      assertTrue(e.getMessage().contains("appendfsync=everysec"), e.getMessage());
    }
  }

  @Test
  void should_report_an_unreachable_redis_as_unavailable_and_recover() throws Exception {
    Path own = dir.resolve("flaky");
    RedisServer flaky = RedisServer.start(own);
    try (Store s = RedisStore.connect(flaky.url(), clock())) {
      s.create(new NewDocument(APPS, "app-1", TENANT_A, "DRAFT", "{}"), null);
      flaky.kill9();
      CreditRepairException e =
          assertThrows(CreditRepairException.class, () -> s.get(APPS, "app-1"));
      assertEquals(ErrorCode.UPSTREAM_UNAVAILABLE, e.code());
      flaky.restart();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (true) {
        try {
          assertEquals(1, s.get(APPS, "app-1").orElseThrow().version());
          break;
        } catch (CreditRepairException notYet) {
          if (System.nanoTime() > deadline) {
            throw notYet;
          }
          Thread.sleep(100);
        }
      }
    } finally {
      flaky.close();
    }
  }

  @Test
  void should_fail_clearly_when_no_redis_listens() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> RedisStore.connect("redis://127.0.0.1:1", clock()));
    assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
  }
}
