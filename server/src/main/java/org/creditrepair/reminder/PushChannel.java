package org.creditrepair.reminder;

/**
 * 推送渠道端口：one way of delivering a reminder (signed webhook, WeChat subscribe message, in-app
 * stream); implementations are thread-safe and bound every call by a deadline.
 */
public interface PushChannel {
  /** The channel this implements. */
  ChannelType type();

  /**
   * Checks a subscription's target and secret before it is stored; throws a {@code
   * CreditRepairException} (INVALID_PUSH_TARGET, PUSH_CHANNEL_UNAVAILABLE) when they cannot be
   * used.
   */
  void validate(String target, String secret);

  /** Delivers {@code reminder} to {@code subscription}; a {@link PushException} when it failed. */
  void send(Subscription subscription, Reminder reminder) throws PushException;
}
