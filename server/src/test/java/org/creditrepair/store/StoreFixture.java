package org.creditrepair.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** 契约测试夹具：what the contract test interfaces need from the adapter under test. */
public interface StoreFixture {
  String APPS = "applications";
  String TENANT_A = "91330100MA2XXXXX1A";
  String TENANT_B = "91330100MA2YYYYY2B";
  Instant START = Instant.parse("2026-03-02T01:00:00Z");

  /** The instance most tests use. */
  Store store();

  /** Another instance (own connection) over the same data, as a second server would have. */
  Store another() throws Exception;

  /** The clock every instance of this test reads. */
  MutableClock clock();

  /** A task of a {@link #concurrently} run. */
  @FunctionalInterface
  interface Task<T> {
    T run(int index) throws Exception;
  }

  /** Runs {@code task(i)} for i in [0, n) on n threads at once; returns the results in order. */
  static <T> List<T> concurrently(int n, Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.run(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static String counter(int n) {
    return "{\"n\":" + n + "}";
  }

  static int counterOf(Document d) {
    String body = d.body();
    return Integer.parseInt(body.substring(body.indexOf(':') + 1, body.indexOf('}')));
  }

  /** The kind of conflict {@code write} fails with. */
  static StoreConflictException.Kind conflictOf(Runnable write) {
    return assertThrows(StoreConflictException.class, write::run).kind();
  }
}
