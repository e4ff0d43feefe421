package org.creditrepair.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.creditrepair.store.embedded.SqliteStore;
import org.creditrepair.store.redis.RedisServer;
import org.creditrepair.store.redis.RedisStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 崩溃测试：a child JVM writes through the store and prints each acknowledged write; after {@code kill
 * -9} (of the child, or of redis-server itself) every acknowledged write must be there.
 */
class StoreCrashIT {
  static final int ACKS = 300;

  @TempDir Path tmp;

  @Test
  void should_keep_every_acknowledged_embedded_write_after_kill_9() throws Exception {
    Path dir = tmp.resolve("store");
    Writer child = Writer.start(tmp, "embedded", dir.toString());
    try {
      child.awaitAcks();
      child.process.destroyForcibly();
      Set<Integer> acked = child.drain();
      try (Store store = SqliteStore.open(dir, Clock.systemUTC())) {
        assertAllPresent(store, acked);
      }
    } finally {
      child.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void should_keep_every_acknowledged_redis_write_after_kill_9_of_redis() throws Exception {
    Assumptions.assumeTrue(RedisServer.binary().isPresent(), RedisServer.MISSING);
    try (RedisServer redis = RedisServer.start(tmp.resolve("redis"))) {
      Writer child = Writer.start(tmp, "redis", redis.url());
      try {
        child.awaitAcks();
        redis.kill9();
        child.process.destroyForcibly();
        Set<Integer> acked = child.drain();
        redis.restart();
        try (Store store = RedisStore.connect(redis.url(), Clock.systemUTC())) {
          assertAllPresent(store, acked);
        }
      } finally {
        child.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static void assertAllPresent(Store store, Set<Integer> acked) {
    assertTrue(acked.size() >= ACKS, "acks read: " + acked.size());
    System.out.printf("crash test: checking %d acknowledged iterations%n", acked.size());
    List<Integer> missingDocs = new ArrayList<>();
    for (int n : acked) {
      store
          .get(CrashWriter.COLLECTION, "doc-" + n)
          .filter(d -> d.body().equals(CrashWriter.body(n)))
          .ifPresentOrElse(d -> {}, () -> missingDocs.add(n));
    }
    assertEquals(List.of(), missingDocs, "acknowledged documents lost");
    Set<String> logged = new TreeSet<>();
    for (long from = 1; ; from += Store.MAX_PAGE) {
      List<LogEntry> page = store.read(CrashWriter.LOG, from, Store.MAX_PAGE);
      page.forEach(e -> logged.add(e.entry()));
      if (page.size() < Store.MAX_PAGE) {
        break;
      }
    }
    List<Integer> missingLog =
        acked.stream().filter(n -> !logged.contains(CrashWriter.body(n))).toList();
    assertEquals(List.of(), missingLog, "acknowledged log entries lost");
    Set<String> jobs = new TreeSet<>();
    for (List<Claim> page = claimPage(store); !page.isEmpty(); page = claimPage(store)) {
      page.forEach(c -> jobs.add(c.id()));
    }
    List<Integer> missingJobs = acked.stream().filter(n -> !jobs.contains("job-" + n)).toList();
    assertEquals(List.of(), missingJobs, "acknowledged queue items lost");
  }

  private static List<Claim> claimPage(Store store) {
    return store.claim(CrashWriter.QUEUE, "checker", Duration.ofHours(1), Store.MAX_PAGE);
  }

  /** The child JVM and the acks it printed. */
  private record Writer(
      Process process, Set<Integer> acks, CountDownLatch enough, Thread reader, Path log) {
    static Writer start(Path tmp, String mode, String target) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path log = tmp.resolve("writer-" + mode + ".err");
      Process p =
          new ProcessBuilder(
                  java,
                  "--enable-native-access=ALL-UNNAMED",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashWriter.class.getName(),
                  mode,
                  target)
              .redirectError(log.toFile())
              .start();
      Set<Integer> acks = new ConcurrentSkipListSet<>();
      CountDownLatch enough = new CountDownLatch(ACKS);
      Thread reader =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try (BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                      for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("ACK ")) {
                          acks.add(Integer.parseInt(line.substring(4)));
                          enough.countDown();
                        }
                      }
                    } catch (IOException e) {
                      // the child was killed
                    }
                  });
      return new Writer(p, acks, enough, reader, log);
    }

    void awaitAcks() throws Exception {
      long start = System.nanoTime();
      if (!enough.await(120, TimeUnit.SECONDS)) {
        throw new AssertionError(
            "child acknowledged only " + acks.size() + " writes: " + Files.readString(log));
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "crash test: %d acknowledged iterations (create + append + schedule) in %d ms%n",
          ACKS, ms);
    }

    /** Every ack the child printed before it died. */
    Set<Integer> drain() throws InterruptedException {
      process.waitFor(10, TimeUnit.SECONDS);
      reader.join(10_000);
      return acks.stream().collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
