package org.creditrepair.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Redis 地址：{@code CR_REDIS_URL}, {@code redis://[user:password@]host[:port][/db]} or {@code
 * rediss://…} (TLS); {@link #toString()} hides the password.
 *
 * @param value the URL as configured
 */
public record RedisUrl(String value) {
  public RedisUrl {
    Objects.requireNonNull(value, "value");
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "不是有效的 URL（" + e.getReason() + "）：\"" + masked(value) + "\"");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException(
          "应以 redis:// 或 rediss:// 开头，实际为 \"" + masked(value) + "\"");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("缺少主机名：\"" + masked(value) + "\"");
    }
  }

  /** Parses and checks a URL; throws IllegalArgumentException naming what is wrong. */
  public static RedisUrl parse(String text) {
    return new RedisUrl(text.strip());
  }

  @Override
  public String toString() {
    return masked(value);
  }

  /** The URL with any user information replaced by {@code ***}. */
  private static String masked(String url) {
    int scheme = url.indexOf("://");
    int at = url.lastIndexOf('@');
    if (scheme < 0 || at < scheme) {
      return url;
    }
    return url.substring(0, scheme + 3) + "***" + url.substring(at);
  }
}
