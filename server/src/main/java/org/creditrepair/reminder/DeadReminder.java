package org.creditrepair.reminder;

import java.time.Instant;

/**
 * 死信提醒：a reminder the dispatcher gave up on after its last attempt (for ADMIN).
 *
 * @param id reminder id
 * @param reminder the reminder, or null when its payload could not be read
 * @param attempts deliveries tried
 * @param reason the last failure
 * @param at when it was given up
 */
public record DeadReminder(String id, Reminder reminder, int attempts, String reason, Instant at) {}
