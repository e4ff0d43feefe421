package org.creditrepair.reminder;

import java.time.Instant;
import java.util.List;

/**
 * 已发提醒：a reminder the dispatcher finished with, kept in the tenant's bounded list.
 *
 * @param reminder the reminder
 * @param status {@code SENT}, or {@code FAILED} when it became a dead letter
 * @param at when it was sent or given up
 * @param channels the channels it reached
 * @param reason the last failure for {@code FAILED}, else null
 */
public record SentReminder(
    Reminder reminder, String status, Instant at, List<String> channels, String reason) {
  public SentReminder {
    channels = List.copyOf(channels);
  }
}
