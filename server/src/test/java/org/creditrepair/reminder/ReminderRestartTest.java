package org.creditrepair.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.creditrepair.app.ReminderHarness;
import org.creditrepair.app.ReminderModule;
import org.creditrepair.store.MutableClock;
import org.creditrepair.store.embedded.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 重启：reminders scheduled before the module and the store are closed are sent after reopening. */
class ReminderRestartTest {
  static final String A = "91330100MA2XXXXX1A";

  @TempDir Path tmp;

  @Test
  void should_deliver_pending_reminders_after_closing_and_reopening_store_and_module()
      throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    ReminderModule.Settings settings =
        ReminderModule.Settings.of(
            ReminderSettings.defaults().withPollInterval(Duration.ofMillis(20)), List.of());
    Path store = tmp.resolve("store");
    try (ReminderHarness before =
        ReminderHarness.module(tmp, SqliteStore.open(store, clock), settings, clock)) {
      List<ReminderRequest> two =
          List.of(
              new ReminderRequest(
                  ReminderKind.ELIGIBLE_TO_APPLY,
                  clock.instant().plusSeconds(60),
                  "一",
                  "",
                  Map.of()),
              new ReminderRequest(
                  ReminderKind.ELIGIBLE_TO_APPLY,
                  clock.instant().plusSeconds(90),
                  "二",
                  "",
                  Map.of()));
      before.module.service().replaceForSource(A, "diagnosis:dg_1", two);
      Thread.sleep(200);
      assertEquals(0, before.module.dispatcher().delivered(), "not due before the restart");
    }
    clock.advance(Duration.ofMinutes(2));
    try (ReminderHarness after =
        ReminderHarness.module(tmp, SqliteStore.open(store, clock), settings, clock)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (after.module.dispatcher().delivered() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(2, after.module.dispatcher().delivered());
      ReminderList list = after.module.service().list(A);
      assertEquals(2, list.sent().size());
      assertEquals(0, list.upcoming().size());
      Thread.sleep(200);
      assertEquals(2, after.module.dispatcher().delivered(), "and only once");
    }
  }
}
