package org.creditrepair.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * 测试用 Redis：a real {@code redis-server} on 127.0.0.1 and a free port, data in a directory of the
 * test's, AOF with {@code appendfsync always} unless told otherwise; stopped by {@link #close()}.
 */
public final class RedisServer implements AutoCloseable {
  /** Why Redis tests are skipped where the binary is missing. */
  public static final String MISSING =
      "redis-server 未安装（apt-get install -y redis-server；.ci/run 会安装），跳过 Redis 测试";

  private final Path binary;
  private final Path dir;
  private final int port;
  private final List<String> settings;
  private Process process;

  private RedisServer(Path binary, Path dir, int port, List<String> settings) {
    this.binary = binary;
    this.dir = dir;
    this.port = port;
    this.settings = settings;
  }

  /** The redis-server binary on the PATH, if any. */
  public static Optional<Path> binary() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String d : (path + ":/usr/bin:/usr/local/bin").split(":")) {
      Path p = Path.of(d.isEmpty() ? "." : d, "redis-server");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts a durable server (appendonly yes, appendfsync always) keeping its files in {@code dir}.
   */
  public static RedisServer start(Path dir) throws IOException {
    return start(dir, "--appendonly", "yes", "--appendfsync", "always");
  }

  /** Starts a server with these persistence settings. */
  public static RedisServer start(Path dir, String... persistence) throws IOException {
    Path binary = binary().orElseThrow(() -> new IllegalStateException(MISSING));
    Files.createDirectories(dir);
    RedisServer server = new RedisServer(binary, dir, freePort(), List.of(persistence));
    server.launch();
    return server;
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:PORT}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** The redis-server process (for kill -9). */
  public Process process() {
    return process;
  }

  /** kill -9 the server, then wait for it to be gone. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("redis-server did not die");
    }
  }

  /** Starts the server again on the same port and directory (after {@link #kill9()}). */
  public void restart() throws IOException {
    if (process.isAlive()) {
      throw new IllegalStateException("still running");
    }
    launch();
  }

  /** Sends one command and returns the first line of the reply, e.g. {@code +OK}. */
  public String command(String... args) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
      s.setSoTimeout(10_000);
      StringBuilder resp = new StringBuilder("*" + args.length + "\r\n");
      for (String a : args) {
        resp.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        resp.append(a).append("\r\n");
      }
      OutputStream out = s.getOutputStream();
      out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      return readLine(s.getInputStream());
    }
  }

  /** Stops the server (SIGTERM, then SIGKILL after 10 s). */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void launch() throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(List.of("--bind", "127.0.0.1", "--port", Integer.toString(port)));
    cmd.addAll(List.of("--dir", dir.toString(), "--save", "", "--daemonize", "no"));
    cmd.addAll(settings);
    process =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "redis-server exited: " + Files.readString(dir.resolve("redis.log")));
      }
      try {
        if (command("PING").equals("+PONG")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      sleep(50);
    }
    process.destroyForcibly();
    throw new IllegalStateException("redis-server did not answer PING on port " + port);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
