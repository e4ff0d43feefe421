package org.creditrepair.gateway.auth;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 限流：a token bucket per caller (the principal's subject, or the client address when anonymous),
 * refilled continuously; a request over the limit is answered 429 with Retry-After.
 */
public final class RateLimiter {
  /** Buckets kept before idle ones are dropped (bounds memory under many client addresses). */
  static final int MAX_BUCKETS = 100_000;

  private final int perMinute;
  private final Clock clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perMinute requests per minute and burst size; 0 turns limiting off
   */
  public RateLimiter(int perMinute, Clock clock) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("perMinute < 0");
    }
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** 0 when the request may go ahead, else the seconds to wait before the next one. */
  public long acquire(String key) {
    if (perMinute == 0) {
      return 0;
    }
    long now = clock.millis();
    if (buckets.size() > MAX_BUCKETS) {
      buckets.values().removeIf(b -> b.idleSince(now) > 60_000);
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(perMinute, now);
  }

  /** One caller's bucket. */
  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(int capacity, long now) {
      tokens = capacity;
      last = now;
    }

    synchronized long take(int perMinute, long now) {
      tokens = Math.min(perMinute, tokens + (now - last) * perMinute / 60_000.0);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      double wait = (1 - tokens) * 60_000.0 / perMinute;
      return Math.max(1, (long) Math.ceil(wait / 1000));
    }

    synchronized long idleSince(long now) {
      return now - last;
    }
  }
}
