package org.creditrepair.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 免打扰时段 and backoff arithmetic. */
class QuietHoursTest {
  static final QuietHours NIGHT = QuietHours.parse("22:00", "08:00", null);

  @Test
  void should_hold_back_until_eight_in_shanghai_across_midnight() {
    Instant elevenPm = Instant.parse("2026-03-01T15:00:00Z"); // 23:00 +08
    assertTrue(NIGHT.contains(elevenPm));
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), NIGHT.endOf(elevenPm));
    Instant halfPastSeven = Instant.parse("2026-03-01T23:30:00Z"); // 07:30 +08 on 2 March
    assertTrue(NIGHT.contains(halfPastSeven));
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), NIGHT.endOf(halfPastSeven));
    Instant tenPm = Instant.parse("2026-03-01T14:00:00Z");
    assertTrue(NIGHT.contains(tenPm), "the start minute is quiet");
    Instant eight = Instant.parse("2026-03-02T00:00:00Z");
    assertFalse(NIGHT.contains(eight), "the end minute is not");
    assertEquals(eight, NIGHT.endOf(eight));
  }

  @Test
  void should_handle_a_window_within_one_day_and_other_zones() {
    QuietHours lunch = QuietHours.parse("12:00", "13:30", "UTC");
    assertTrue(lunch.contains(Instant.parse("2026-03-01T12:45:00Z")));
    assertFalse(lunch.contains(Instant.parse("2026-03-01T13:30:00Z")));
    assertEquals(
        Instant.parse("2026-03-01T13:30:00Z"), lunch.endOf(Instant.parse("2026-03-01T12:00:00Z")));
  }

  @Test
  void should_refuse_malformed_windows() {
    assertThrows(IllegalArgumentException.class, () -> QuietHours.parse("22", "08:00", null));
    assertThrows(IllegalArgumentException.class, () -> QuietHours.parse("22:00", "22:00", null));
    assertThrows(
        IllegalArgumentException.class, () -> QuietHours.parse("22:00", "08:00", "Mars/X"));
  }

  @Test
  void should_back_off_exponentially_up_to_the_cap() {
    ReminderSettings s = ReminderSettings.defaults();
    assertEquals(Duration.ofSeconds(30), s.backoff(1));
    assertEquals(Duration.ofSeconds(60), s.backoff(2));
    assertEquals(Duration.ofSeconds(240), s.backoff(4));
    assertEquals(Duration.ofHours(1), s.backoff(20));
    assertEquals(Duration.ofHours(1), s.backoff(99));
  }
}
