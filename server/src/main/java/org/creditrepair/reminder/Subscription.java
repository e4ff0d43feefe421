package org.creditrepair.reminder;

import java.time.Instant;
import java.util.Objects;

/**
 * 推送订阅：an enterprise's push target on one channel, with optional quiet hours.
 *
 * @param id subscription id
 * @param tenant the enterprise's 统一社会信用代码
 * @param channel the channel
 * @param target webhook URL, or the WeChat openid
 * @param secret the webhook's HMAC secret (never shown again), or null
 * @param quietHours no push in this window, or null
 * @param createdAt when it was created
 */
public record Subscription(
    String id,
    String tenant,
    ChannelType channel,
    String target,
    String secret,
    QuietHours quietHours,
    Instant createdAt) {
  /** The id of the implicit in-app subscription every tenant has. */
  public static final String IN_APP_ID = "in-app";

  public Subscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(target, "target");
  }

  /** The tenant's in-app stream, always subscribed, never quiet. */
  public static Subscription inApp(String tenant) {
    return new Subscription(IN_APP_ID, tenant, ChannelType.IN_APP, "", null, null, Instant.EPOCH);
  }
}
