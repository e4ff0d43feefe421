package org.creditrepair.app;

import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.shared.auth.Role;

/**
 * 签发令牌：{@code token --role R --subject S [--ttl 24h]} prints a bearer token signed with the
 * server's key (the key file of {@code --data-dir} / {@code --jwt-key-file}); no HTTP endpoint
 * mints tokens.
 */
final class TokenCommand {
  static final Duration DEFAULT_TTL = Duration.ofHours(24);

  private final Map<String, String> env;
  private final Clock clock;
  private final PrintStream out;

  TokenCommand(Map<String, String> env, Clock clock, PrintStream out) {
    this.env = env;
    this.clock = clock;
    this.out = out;
  }

  /** Runs the command; IllegalArgumentException for usage errors. */
  int run(List<String> args) {
    Role role = null;
    String subject = null;
    Duration ttl = DEFAULT_TTL;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String[] kv = a.split("=", 2);
      String name = kv[0];
      if (!List.of("--role", "--subject", "--ttl").contains(name)) {
        rest.add(a);
        continue;
      }
      String value = kv.length == 2 ? kv[1] : i + 1 < args.size() ? args.get(++i) : null;
      if (value == null) {
        throw new IllegalArgumentException(name + " 缺少取值");
      }
      switch (name) {
        case "--role" -> role = role(value);
        case "--subject" -> subject = value;
        default -> ttl = ttl(value);
      }
    }
    if (role == null || subject == null) {
      throw new IllegalArgumentException(
          "token 需要 --role（ENTERPRISE|STATION_STAFF|ADMIN）和 --subject");
    }
    ServerConfig config = ServerConfig.from(env, rest);
    Vertx vertx = Vertx.vertx();
    try {
      JwtTokens tokens = new JwtTokens(vertx, JwtKeyFile.loadOrCreate(config.jwtKey()), clock);
      out.println(tokens.mint(role, subject, ttl));
      out.flush();
      return Main.EXIT_OK;
    } finally {
      vertx.close();
    }
  }

  private static Role role(String value) {
    try {
      return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--role 只能是 ENTERPRISE、STATION_STAFF 或 ADMIN：" + value);
    }
  }

  /** {@code 90s}, {@code 30m}, {@code 24h} or {@code 7d}. */
  static Duration ttl(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      Duration d =
          switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> null;
          };
      if (d != null && d.isPositive() && d.compareTo(JwtTokens.MAX_TTL) <= 0) {
        return d;
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      // reported below
    }
    throw new IllegalArgumentException("--ttl 必须形如 90s、30m、24h 或 7d，最长 366 天：" + value);
  }
}
