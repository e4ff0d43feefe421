package org.creditrepair.reminder;

import java.util.List;

/** 提醒列表：an enterprise's upcoming reminders (earliest first) and its sent ones (newest first). */
public record ReminderList(
    String tenant, List<UpcomingReminder> upcoming, List<SentReminder> sent) {
  public ReminderList {
    upcoming = List.copyOf(upcoming);
    sent = List.copyOf(sent);
  }
}
