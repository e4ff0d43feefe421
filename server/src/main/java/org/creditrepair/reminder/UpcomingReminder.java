package org.creditrepair.reminder;

/**
 * 待发提醒：a scheduled reminder not sent yet.
 *
 * @param reminder the reminder
 * @param status {@code SCHEDULED} while its time is ahead, {@code PENDING} once due (being sent,
 *     retried or waiting for quiet hours to end)
 */
public record UpcomingReminder(Reminder reminder, String status) {}
