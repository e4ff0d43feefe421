package org.creditrepair.app;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;

/** 命令行入口：{@code serve}, {@code index}, {@code token} and {@code help}. */
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILURE = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_CALL_HOME_ENV = 3;

  private static final System.Logger LOG = System.getLogger(Main.class.getName());

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final boolean console;

  Main(Map<String, String> env, PrintStream out, PrintStream err, Clock clock, boolean console) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.console = console;
  }

  public static void main(String[] args) {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty(
          "java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
    }
    Main main =
        new Main(
            System.getenv(), System.out, System.err, Clock.systemUTC(), System.console() != null);
    int code = main.run(Arrays.asList(args));
    if (code >= 0) {
      System.exit(code);
    }
  }

  /**
   * Runs a command; returns its exit code, or -1 when {@code serve} ended through the shutdown hook
   * (the JVM is already exiting).
   */
  int run(List<String> args) {
    if (args.isEmpty()) {
      return usageError("缺少命令");
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    return switch (command) {
      case "help", "--help", "-h" -> help();
      case "serve", "index" -> guarded(command, rest);
      case "token" -> token(rest);
      default -> usageError("未知命令：" + command);
    };
  }

  private int guarded(String command, List<String> flags) {
    Optional<String> unsafe = NoCallHomeGuard.check(env);
    if (unsafe.isPresent()) {
      err.println(unsafe.get());
      return EXIT_CALL_HOME_ENV;
    }
    ServerConfig config;
    try {
      config = ServerConfig.from(env, flags);
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    }
    return command.equals("serve")
        ? serve(config)
        : new IndexCommand(clock, out, err).run(config, console);
  }

  private int token(List<String> args) {
    try {
      return new TokenCommand(env, clock, out).run(args);
    } catch (IllegalArgumentException e) {
      return usageError(e.getMessage());
    } catch (RuntimeException e) {
      err.println("签发令牌失败：" + e.getMessage());
      return EXIT_FAILURE;
    }
  }

  private int serve(ServerConfig config) {
    Application app;
    try {
      app = Application.start(config, clock, this::openWithProgressLog);
    } catch (RuntimeException e) {
      err.println("启动失败：" + e.getMessage());
      LOG.log(Level.ERROR, "启动失败", e);
      return EXIT_FAILURE;
    }
    out.printf(
        "信用修复助手已启动：HTTP http://%s:%d ，gRPC %s:%d%n",
        config.host(), app.httpPort(), config.host(), app.grpcPort());
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // Printed, not logged: java.util.logging closes its handlers in its own hook.
                  err.println("收到停止信号，正在优雅关闭……");
                  app.close();
                  err.println("已关闭");
                  err.flush();
                  stopped.countDown();
                },
                "shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }

  private KnowledgeModule openWithProgressLog(org.creditrepair.knowledge.KnowledgeSettings s)
      throws Exception {
    return KnowledgeModule.open(s, clock, phaseLogger());
  }

  private static IndexProgress phaseLogger() {
    String[] last = {null};
    return (phase, done, total) -> {
      synchronized (last) {
        if (!phase.equals(last[0])) {
          last[0] = phase;
          LOG.log(Level.INFO, "建索引：{0}（共 {1}）", phase, String.valueOf(total));
        }
      }
    };
  }

  private int help() {
    out.print(usage());
    out.flush();
    return EXIT_OK;
  }

  private int usageError(String problem) {
    err.println("错误：" + problem);
    err.println();
    err.print(usage());
    err.flush();
    return EXIT_USAGE;
  }

  /** The usage text. */
  static String usage() {
    StringBuilder b = new StringBuilder();
    b.append("用法 Usage: cr-server <命令 command> [选项 options]\n\n");
    b.append("命令 Commands:\n");
    b.append("  serve   启动 HTTP 网关和 gRPC 服务（同一进程）\n");
    b.append("  index   建立或打开检索索引，并打印统计\n");
    b.append("  token   签发访问令牌：--role ENTERPRISE|STATION_STAFF|ADMIN --subject S [--ttl 24h]\n");
    b.append("  help    显示本帮助\n\n");
    b.append("选项 Options（方括号内为环境变量和默认值；选项优先于环境变量）:\n");
    for (ConfigOption o : ConfigOption.values()) {
      String flag = o.flag + " " + o.placeholder;
      String dflt = o.defaultValue.isEmpty() ? "" : "，默认 " + o.defaultValue;
      b.append(String.format("  %-34s %s [%s%s]%n", flag, o.description, o.env, dflt));
    }
    b.append("\n退出码 Exit codes: 0 成功；1 运行失败；2 用法或配置错误；")
        .append("3 缺少 OPT_OUT_TRACKING=true / DJL_OFFLINE=true\n");
    return b.toString();
  }
}
