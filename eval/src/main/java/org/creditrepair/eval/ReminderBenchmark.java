package org.creditrepair.eval;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.creditrepair.app.ReminderModule;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.reminder.InAppEvents;
import org.creditrepair.reminder.ReminderIds;
import org.creditrepair.reminder.ReminderKind;
import org.creditrepair.reminder.ReminderRequest;
import org.creditrepair.reminder.ReminderSettings;
import org.creditrepair.shared.calendar.LegalPeriods;
import org.creditrepair.shared.calendar.WorkingDayCalendar;
import org.creditrepair.store.Store;
import org.creditrepair.store.embedded.SqliteStore;
import org.creditrepair.store.redis.RedisStore;

/**
 * 提醒派发基准：schedules N reminders (default 100,000; 1,000 enterprises × 100) through the reminder
 * service into the embedded store and — when {@code redis-server} is on the PATH — into a Redis it
 * starts on 127.0.0.1 (AOF, fsync always), then runs the reminder module (one dispatcher, in-app
 * channel counted by a listener per enterprise) and prints scheduling throughput, dispatch
 * throughput and lag p50/p95/p99 (delivery time − due time) for two loads: all due at the same
 * instant (a burst) and due times spread evenly over a minute.
 *
 * <p>Scheduling happens with the clock far before the due times; the clock is then moved to just
 * before them, so dispatch is measured alone. Usage: {@code ReminderBenchmark [--count N]
 * [--poll-ms MS] [--no-redis] [--threads T]}.
 */
public final class ReminderBenchmark {
  static final int PER_TENANT = 100;

  private ReminderBenchmark() {}

  /** A clock that can be moved forward while running (store and module share it). */
  static final class ShiftClock extends Clock {
    final AtomicLong offsetMs = new AtomicLong();

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(System.currentTimeMillis() + offsetMs.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    void moveTo(Instant t) {
      offsetMs.set(t.toEpochMilli() - System.currentTimeMillis());
    }
  }

  public static void main(String[] args) throws Exception {
    int count = 100_000;
    int pollMs = 1000;
    int threads = 4;
    boolean redis = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--poll-ms" -> pollMs = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--no-redis" -> redis = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    LegalPeriods periods =
        new LegalPeriods(WorkingDayCalendar.load(KnowledgeBundle.fromClasspath(), List.of()));
    System.out.printf(
        Locale.ROOT,
        "reminders: %,d (%d enterprises × %d), poll interval %d ms, %d scheduling threads, %d cores%n",
        count,
        count / PER_TENANT,
        PER_TENANT,
        pollMs,
        threads,
        Runtime.getRuntime().availableProcessors());
    Path tmp = Files.createTempDirectory("cr-reminder-bench");
    for (boolean spread : new boolean[] {false, true}) {
      ShiftClock clock = new ShiftClock();
      Path dir = tmp.resolve("embedded-" + spread);
      try (Store store = SqliteStore.open(dir, clock)) {
        run("embedded (SQLite)", store, clock, periods, count, spread, pollMs, threads);
      }
    }
    Path binary = redis ? redisBinary() : null;
    if (binary == null) {
      System.out.println(
          "redis: skipped (" + (redis ? "redis-server not on PATH" : "--no-redis") + ")");
      return;
    }
    for (boolean spread : new boolean[] {false, true}) {
      Path dir = tmp.resolve("redis-" + spread);
      Files.createDirectories(dir);
      int port = freePort();
      Process p =
          new ProcessBuilder(
                  binary.toString(),
                  "--bind",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(port),
                  "--dir",
                  dir.toString(),
                  "--save",
                  "",
                  "--appendonly",
                  "yes",
                  "--appendfsync",
                  "always",
                  "--daemonize",
                  "no")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("redis.log").toFile())
              .start();
      try {
        ShiftClock clock = new ShiftClock();
        try (Store store = connect("redis://127.0.0.1:" + port, clock)) {
          run("redis (AOF always)", store, clock, periods, count, spread, pollMs, threads);
        }
      } finally {
        p.destroy();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  static void run(
      String name,
      Store store,
      ShiftClock clock,
      LegalPeriods periods,
      int count,
      boolean spread,
      int pollMs,
      int threads)
      throws Exception {
    Vertx vertx = Vertx.vertx();
    ReminderModule.Settings settings =
        ReminderModule.Settings.of(
            ReminderSettings.defaults().withPollInterval(Duration.ofMillis(pollMs)), List.of());
    ReminderModule module =
        new ReminderModule(vertx, store, new AuditLog(store), periods, clock, settings);
    try {
      Instant base =
          clock
              .instant()
              .plus(Duration.ofDays(1))
              .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      int tenants = count / PER_TENANT;
      Map<String, Long> due = new ConcurrentHashMap<>(count * 2);
      long[] lags = new long[tenants * PER_TENANT];
      AtomicInteger delivered = new AtomicInteger();
      AtomicLong lastDelivery = new AtomicLong();
      for (int t = 0; t < tenants; t++) {
        module
            .events()
            .subscribe(
                tenant(t),
                new InAppEvents.Listener() {
                  @Override
                  public void onEvent(InAppEvents.Event e) {
                    long now = clock.millis();
                    Long d = due.get(e.id());
                    int i = delivered.getAndIncrement();
                    if (d != null && i < lags.length) {
                      lags[i] = (now - d) * 1_000_000L;
                    }
                    lastDelivery.accumulateAndGet(now, Math::max);
                  }

                  @Override
                  public void onClose() {}
                });
      }
      long t0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < tenants; t++) {
        int tenant = t;
        jobs.add(
            pool.submit(
                () -> {
                  List<ReminderRequest> requests = new ArrayList<>(PER_TENANT);
                  for (int i = 0; i < PER_TENANT; i++) {
                    long offset =
                        spread ? 60_000L * (tenant * PER_TENANT + i) / (tenants * PER_TENANT) : 0;
                    ReminderRequest r =
                        new ReminderRequest(
                            ReminderKind.DEADLINE_DUE,
                            base.plusMillis(offset),
                            "基准提醒 " + i,
                            "补正材料截止提醒（基准）",
                            Map.of("i", Integer.toString(i)));
                    requests.add(r);
                    due.put(
                        ReminderIds.reminder(tenant(tenant), "bench", r), r.dueAt().toEpochMilli());
                  }
                  module.service().replaceForSource(tenant(tenant), "bench", requests);
                  return null;
                }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
      pool.shutdown();
      double scheduleSeconds = (System.nanoTime() - t0) / 1e9;
      int total = tenants * PER_TENANT;
      clock.moveTo(base.minusMillis(200));
      module.start();
      long dispatchStartMs = clock.millis();
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (delivered.get() < total && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      double dispatchSeconds =
          (lastDelivery.get() - Math.max(dispatchStartMs, base.toEpochMilli())) / 1e3;
      long[] measured = java.util.Arrays.copyOf(lags, Math.min(delivered.get(), lags.length));
      System.out.printf(
          Locale.ROOT,
          "%-20s %-22s scheduled %,d in %.1f s = %,.0f/s; dispatched %,d in %.1f s = %,.0f/s; lag %s%n",
          name,
          spread ? "spread over 60 s" : "all due at once",
          total,
          scheduleSeconds,
          total / scheduleSeconds,
          delivered.get(),
          dispatchSeconds,
          delivered.get() / Math.max(dispatchSeconds, 1e-3),
          new Percentiles(measured).summary());
    } finally {
      module.close();
      vertx.close().await(10, TimeUnit.SECONDS);
    }
  }

  static String tenant(int t) {
    return String.format(Locale.ROOT, "91330100MA%07dX", t);
  }

  static Store connect(String url, Clock clock) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        return RedisStore.connect(url, clock);
      } catch (IllegalStateException notYet) {
        if (System.nanoTime() > end) {
          throw notYet;
        }
        Thread.sleep(100);
      }
    }
  }

  static Path redisBinary() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.of((path + ":/usr/bin:/usr/local/bin").split(":"))
        .map(d -> Path.of(d.isEmpty() ? "." : d, "redis-server"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
