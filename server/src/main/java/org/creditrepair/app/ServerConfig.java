package org.creditrepair.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * 服务配置：the server's settings from the environment (DESIGN §5), overridden by flags.
 *
 * @param host address the HTTP and gRPC servers bind to
 * @param httpPort HTTP port, 0 for any free port
 * @param grpcPort gRPC port, 0 for any free port
 * @param dataDir data directory (the index lives under it)
 * @param corpusDirs extra directories of official texts to index
 * @param calendarDirs extra directories of working-day calendar years (new holiday notices)
 * @param embeddings whether to compute dense vectors
 * @param knowledgeAddr remote KnowledgeService, or null for the in-process one
 * @param knowledgeTimeout deadline of every call to the KnowledgeService
 * @param redisUrl the Redis store, or null for the embedded store under {@code dataDir/store}
 * @param jwtKeyFile the JWT signing key, or null for {@code dataDir/jwt.key}
 * @param rateLimitPerMinute requests per minute per caller, 0 for no limit
 * @param reminderPoll pause between polls of the reminder dispatcher
 * @param wechatApiBase base URL of the WeChat mini-program API
 * @param wechatAppId mini-program appid, "" when WeChat push is off
 * @param wechatAppSecret mini-program secret, or ""
 * @param wechatTemplateId subscribe-message template id, or ""
 * @param webhookAllowHosts hosts webhooks may go to even when internal ("*" = any public host too);
 *     empty = any public host
 */
public record ServerConfig(
    String host,
    int httpPort,
    int grpcPort,
    Path dataDir,
    List<Path> corpusDirs,
    List<Path> calendarDirs,
    boolean embeddings,
    HostAndPort knowledgeAddr,
    Duration knowledgeTimeout,
    RedisUrl redisUrl,
    Path jwtKeyFile,
    int rateLimitPerMinute,
    Duration reminderPoll,
    String wechatApiBase,
    String wechatAppId,
    String wechatAppSecret,
    String wechatTemplateId,
    List<String> webhookAllowHosts,
    LlmConfig llm) {

  /** The configuration without a language model (the rule-based assistant). */
  public ServerConfig(
      String host,
      int httpPort,
      int grpcPort,
      Path dataDir,
      List<Path> corpusDirs,
      List<Path> calendarDirs,
      boolean embeddings,
      HostAndPort knowledgeAddr,
      Duration knowledgeTimeout,
      RedisUrl redisUrl,
      Path jwtKeyFile,
      int rateLimitPerMinute,
      Duration reminderPoll,
      String wechatApiBase,
      String wechatAppId,
      String wechatAppSecret,
      String wechatTemplateId,
      List<String> webhookAllowHosts) {
    this(
        host,
        httpPort,
        grpcPort,
        dataDir,
        corpusDirs,
        calendarDirs,
        embeddings,
        knowledgeAddr,
        knowledgeTimeout,
        redisUrl,
        jwtKeyFile,
        rateLimitPerMinute,
        reminderPoll,
        wechatApiBase,
        wechatAppId,
        wechatAppSecret,
        wechatTemplateId,
        webhookAllowHosts,
        LlmConfig.NONE);
  }

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(knowledgeTimeout, "knowledgeTimeout");
    corpusDirs = List.copyOf(corpusDirs);
    calendarDirs = List.copyOf(calendarDirs);
    Objects.requireNonNull(reminderPoll, "reminderPoll");
    Objects.requireNonNull(wechatApiBase, "wechatApiBase");
    wechatAppId = wechatAppId == null ? "" : wechatAppId;
    wechatAppSecret = wechatAppSecret == null ? "" : wechatAppSecret;
    wechatTemplateId = wechatTemplateId == null ? "" : wechatTemplateId;
    webhookAllowHosts = List.copyOf(webhookAllowHosts);
    llm = llm == null ? LlmConfig.NONE : llm;
    if (host.isBlank()) {
      throw new IllegalArgumentException("监听地址不能为空");
    }
    checkPort(httpPort, "HTTP 端口");
    checkPort(grpcPort, "gRPC 端口");
    if (rateLimitPerMinute < 0) {
      throw new IllegalArgumentException("请求上限不能为负数");
    }
    if (knowledgeTimeout.isNegative() || knowledgeTimeout.isZero()) {
      throw new IllegalArgumentException("知识检索调用时限必须大于 0");
    }
  }

  /** Reads the settings; throws IllegalArgumentException with a message naming the bad value. */
  public static ServerConfig from(Map<String, String> env, List<String> args) {
    Map<ConfigOption, String> flags = flags(args);
    return new ServerConfig(
        ConfigOption.HOST.resolve(flags, env).value(),
        port(ConfigOption.HTTP_PORT.resolve(flags, env)),
        port(ConfigOption.GRPC_PORT.resolve(flags, env)),
        path(ConfigOption.DATA_DIR.resolve(flags, env)),
        corpusDirs(ConfigOption.CORPUS_DIRS.resolve(flags, env)),
        corpusDirs(ConfigOption.CALENDAR_DIRS.resolve(flags, env)),
        onOff(ConfigOption.EMBEDDINGS.resolve(flags, env)),
        address(ConfigOption.KNOWLEDGE_ADDR.resolve(flags, env)),
        millis(ConfigOption.KNOWLEDGE_TIMEOUT_MS.resolve(flags, env)),
        redisUrl(ConfigOption.REDIS_URL.resolve(flags, env)),
        optionalPath(ConfigOption.JWT_KEY_FILE.resolve(flags, env)),
        count(ConfigOption.RATE_LIMIT.resolve(flags, env)),
        millis(ConfigOption.REMINDER_POLL_MS.resolve(flags, env)),
        httpUrl(ConfigOption.WECHAT_API_BASE.resolve(flags, env)),
        ConfigOption.WECHAT_APP_ID.resolve(flags, env).value(),
        ConfigOption.WECHAT_APP_SECRET.resolve(flags, env).value(),
        ConfigOption.WECHAT_TEMPLATE_ID.resolve(flags, env).value(),
        hosts(ConfigOption.WEBHOOK_ALLOW_HOSTS.resolve(flags, env)),
        llm(flags, env));
  }

  private static LlmConfig llm(Map<ConfigOption, String> flags, Map<String, String> env) {
    ConfigOption.Setting provider = ConfigOption.LLM_PROVIDER.resolve(flags, env);
    try {
      return new LlmConfig(
          provider.value(),
          ConfigOption.LLM_BASE_URL.resolve(flags, env).value(),
          ConfigOption.LLM_API_KEY.resolve(flags, env).value(),
          ConfigOption.LLM_MODEL.resolve(flags, env).value(),
          millis(ConfigOption.LLM_TIMEOUT_MS.resolve(flags, env)));
    } catch (IllegalArgumentException e) {
      throw invalid(provider, "：" + e.getMessage());
    }
  }

  private static String httpUrl(ConfigOption.Setting s) {
    String v = s.value().strip();
    try {
      java.net.URI u = new java.net.URI(v);
      if ((v.startsWith("http://") || v.startsWith("https://")) && u.getHost() != null) {
        return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw invalid(s, "必须是 http:// 或 https:// 开头的地址");
  }

  private static List<String> hosts(ConfigOption.Setting s) {
    List<String> hosts = new ArrayList<>();
    for (String part : s.value().split(",")) {
      String h = part.strip().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      if (!h.matches("\\*|\\[[0-9a-f:.]+]|[0-9a-f:.]+|[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
        throw invalid(s, "中的主机名不合法：" + h);
      }
      hosts.add(h);
    }
    return hosts;
  }

  /** The JWT key file: the configured one, or {@code jwt.key} in the data directory. */
  public Path jwtKey() {
    return jwtKeyFile != null ? jwtKeyFile : dataDir.resolve("jwt.key");
  }

  private static Path optionalPath(ConfigOption.Setting s) {
    return s.value().isBlank() ? null : path(s);
  }

  private static int count(ConfigOption.Setting s) {
    try {
      int n = Integer.parseInt(s.value());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(s, "必须是不小于 0 的整数");
  }

  /** Flags as {@code --name value} or {@code --name=value}. */
  static Map<ConfigOption, String> flags(List<String> args) {
    Map<ConfigOption, String> flags = new EnumMap<>(ConfigOption.class);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      ConfigOption option = ConfigOption.byFlag(name);
      if (option == null) {
        throw new IllegalArgumentException("未知参数：" + arg);
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      } else {
        throw new IllegalArgumentException("参数 " + name + " 缺少取值");
      }
      flags.put(option, value.strip());
    }
    return flags;
  }

  private static void checkPort(int port, String what) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(what + "必须在 0–65535 之间，实际为 " + port);
    }
  }

  private static int port(ConfigOption.Setting s) {
    try {
      int port = Integer.parseInt(s.value());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(s, "必须是 0–65535 之间的整数");
  }

  private static Path path(ConfigOption.Setting s) {
    try {
      if (!s.value().isBlank()) {
        return Path.of(s.value());
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    throw invalid(s, "必须是有效的目录路径");
  }

  private static List<Path> corpusDirs(ConfigOption.Setting s) {
    List<Path> dirs = new ArrayList<>();
    for (String part : s.value().split(":")) {
      if (part.isBlank()) {
        continue;
      }
      Path dir = path(new ConfigOption.Setting(part.strip(), s.source()));
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(s.source() + " 中的目录不存在或不是目录：" + dir);
      }
      dirs.add(dir);
    }
    return dirs;
  }

  private static boolean onOff(ConfigOption.Setting s) {
    return switch (s.value().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> throw invalid(s, "必须是 on 或 off");
    };
  }

  private static HostAndPort address(ConfigOption.Setting s) {
    if (s.value().isBlank()) {
      return null;
    }
    try {
      return HostAndPort.parse(s.value());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.source() + " 无效：" + e.getMessage());
    }
  }

  private static RedisUrl redisUrl(ConfigOption.Setting s) {
    if (s.value().isBlank()) {
      return null;
    }
    try {
      return RedisUrl.parse(s.value());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.source() + " 无效：" + e.getMessage());
    }
  }

  private static Duration millis(ConfigOption.Setting s) {
    try {
      long ms = Long.parseLong(s.value());
      if (ms >= 1 && ms <= 600_000) {
        return Duration.ofMillis(ms);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(s, "必须是 1–600000 之间的整数（毫秒）");
  }

  private static IllegalArgumentException invalid(ConfigOption.Setting s, String rule) {
    return new IllegalArgumentException(s.source() + " " + rule + "，实际为 \"" + s.value() + "\"");
  }
}
