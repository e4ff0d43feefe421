package org.creditrepair.app;

import java.util.Objects;

/** 地址：a host and a TCP port, as in {@code CR_KNOWLEDGE_ADDR=host:port}. */
public record HostAndPort(String host, int port) {
  public HostAndPort {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || port < 1 || port > 65_535) {
      throw new IllegalArgumentException("地址无效：" + host + ":" + port);
    }
  }

  /** Parses {@code host:port} or {@code [ipv6]:port}; throws IllegalArgumentException. */
  public static HostAndPort parse(String text) {
    String s = text.strip();
    int colon = s.lastIndexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      throw new IllegalArgumentException("应为 host:port，实际为 \"" + text + "\"");
    }
    String host = s.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException("IPv6 地址需写成 [addr]:port，实际为 \"" + text + "\"");
    }
    int port;
    try {
      port = Integer.parseInt(s.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("端口必须是整数，实际为 \"" + text + "\"");
    }
    if (host.isBlank() || port < 1 || port > 65_535) {
      throw new IllegalArgumentException("应为 host:port（端口 1–65535），实际为 \"" + text + "\"");
    }
    return new HostAndPort(host, port);
  }

  @Override
  public String toString() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }
}
