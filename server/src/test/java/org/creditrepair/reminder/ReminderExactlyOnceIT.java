package org.creditrepair.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.app.ReminderHarness;
import org.creditrepair.app.ReminderModule;
import org.creditrepair.reminder.push.LocalReceiver;
import org.creditrepair.reminder.push.WebhookChannel;
import org.creditrepair.store.redis.RedisServer;
import org.creditrepair.store.redis.RedisStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 恰好一次：two dispatchers on two Vert.x instances with their own connections to one real redis-server
 * deliver 1,000 due reminders to a local webhook receiver; each arrives exactly once, correctly
 * signed, and both dispatchers take part.
 */
class ReminderExactlyOnceIT {
  static final int TENANTS = 10;
  static final int PER_TENANT = 100;
  static final String SECRET = "exactly-once-secret-0123";

  @TempDir Path tmp;

  static String tenant(int i) {
    return "9133010" + i + "MA2XXXXX1A";
  }

  @Test
  void should_deliver_each_of_1000_reminders_exactly_once_with_two_dispatchers() throws Exception {
    Assumptions.assumeTrue(RedisServer.binary().isPresent(), RedisServer.MISSING);
    Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    AtomicInteger badSignatures = new AtomicInteger();
    try (RedisServer redis = RedisServer.start(tmp.resolve("redis"));
        LocalReceiver receiver =
            new LocalReceiver(
                r -> {
                  String expected =
                      "sha256="
                          + WebhookChannel.signature(SECRET, r.header("X-CR-Timestamp"), r.body());
                  if (!expected.equals(r.header("X-CR-Signature"))) {
                    badSignatures.incrementAndGet();
                  }
                  deliveries
                      .computeIfAbsent(r.header("X-CR-Delivery"), k -> new AtomicInteger())
                      .incrementAndGet();
                  return new LocalReceiver.Answer(204, "");
                })) {
      ReminderSettings dispatch =
          new ReminderSettings(
              Duration.ofMillis(20),
              25,
              Duration.ofMinutes(2),
              5,
              Duration.ofSeconds(1),
              Duration.ofSeconds(10),
              200,
              20);
      ReminderModule.Settings settings = ReminderModule.Settings.of(dispatch, List.of("127.0.0.1"));
      Clock clock = Clock.systemUTC();
      try (ReminderHarness one =
              ReminderHarness.module(
                  tmp.resolve("one"), RedisStore.connect(redis.url(), clock), settings, clock);
          ReminderHarness two =
              ReminderHarness.module(
                  tmp.resolve("two"), RedisStore.connect(redis.url(), clock), settings, clock)) {
        Instant due = clock.instant().plusSeconds(2);
        for (int t = 0; t < TENANTS; t++) {
          ReminderService service = (t % 2 == 0 ? one : two).module.service();
          service.subscribe(
              tenant(t),
              new ReminderService.NewSubscription(
                  ChannelType.WEBHOOK, receiver.base() + "/hook/" + t, SECRET, null));
          List<ReminderRequest> requests = new ArrayList<>();
          for (int i = 0; i < PER_TENANT; i++) {
            requests.add(
                new ReminderRequest(
                    ReminderKind.DEADLINE_DUE,
                    due.plusMillis(i),
                    "提醒 " + t + "-" + i,
                    "第 " + i + " 条",
                    Map.of()));
          }
          assertEquals(
              PER_TENANT, service.replaceForSource(tenant(t), "bulk", requests).scheduled());
        }
        int total = TENANTS * PER_TENANT;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (deliveries.size() < total && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        Thread.sleep(1_500); // room for any duplicate to arrive
        assertEquals(total, deliveries.size(), "every reminder delivered");
        List<String> repeated =
            deliveries.entrySet().stream()
                .filter(e -> e.getValue().get() != 1)
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), repeated, "delivered more than once");
        assertEquals(total, receiver.requests.size());
        assertEquals(0, badSignatures.get());
        long a = one.module.dispatcher().delivered();
        long b = two.module.dispatcher().delivered();
        assertEquals(total, a + b);
        assertTrue(a > 0 && b > 0, "both dispatchers took part: " + a + " + " + b);
        for (int t = 0; t < TENANTS; t++) {
          ReminderList list = one.module.service().list(tenant(t));
          assertEquals(0, list.upcoming().size());
          assertEquals(PER_TENANT, list.sent().size());
        }
      }
    }
  }
}
