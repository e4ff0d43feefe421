package org.creditrepair.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.creditrepair.store.embedded.SqliteStore;
import org.creditrepair.store.redis.RedisStore;

/**
 * 崩溃测试写入进程：the child JVM of {@code StoreCrashIT}. For n = 1, 2, … it creates document {@code
 * doc-n}, appends log entry n and schedules queue item {@code job-n}, and prints {@code ACK n} once
 * all three calls have returned; it runs until killed (or two minutes).
 *
 * <p>Usage: {@code CrashWriter embedded DIR} or {@code CrashWriter redis URL}.
 */
public final class CrashWriter {
  static final String COLLECTION = "crash";
  static final String TENANT = "91330100MA2CRASH0X";
  static final String LOG = "crash-log";
  static final String QUEUE = "crash-queue";

  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Clock clock = Clock.systemUTC();
    try (Store store =
        args[0].equals("embedded")
            ? SqliteStore.open(Path.of(args[1]), clock)
            : RedisStore.connect(args[1], clock)) {
      long stopAt = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      for (int n = 1; System.nanoTime() < stopAt; n++) {
        store.create(
            new NewDocument(COLLECTION, "doc-" + n, TENANT, "DRAFT", body(n)),
            new Idempotency("key-" + n, body(n)));
        store.append(LOG, body(n));
        store.schedule(new Scheduled(QUEUE, "job-" + n, clock.instant(), body(n), 3));
        out.println("ACK " + n);
      }
    }
  }

  static String body(int n) {
    return "{\"n\":" + n + ",\"text\":\"已确认的写入\"}";
  }
}
