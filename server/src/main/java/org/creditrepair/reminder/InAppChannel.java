package org.creditrepair.reminder;

/**
 * 站内消息渠道：publishes a reminder to the tenant's in-app stream ({@code GET /api/v1/events}); it always
 * succeeds, also when nobody is listening (the reminder list keeps it).
 */
public final class InAppChannel implements PushChannel {
  private final InAppEvents events;

  public InAppChannel(InAppEvents events) {
    this.events = events;
  }

  @Override
  public ChannelType type() {
    return ChannelType.IN_APP;
  }

  @Override
  public void validate(String target, String secret) {
    // nothing to check: the stream is the tenant's own
  }

  @Override
  public void send(Subscription subscription, Reminder reminder) {
    events.publish(
        reminder.tenant(),
        new InAppEvents.Event(reminder.id(), "reminder", ReminderJson.notification(reminder)));
  }
}
