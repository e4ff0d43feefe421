package org.creditrepair.eval;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * 被测服务器进程：the real server jar started on 127.0.0.1 and free ports, waited for until {@code /readyz}
 * answers 200, and stopped with SIGTERM.
 */
final class ServerProcess implements AutoCloseable {
  final int httpPort;
  final double startSeconds;
  private final Process process;

  private ServerProcess(Process process, int httpPort, double startSeconds) {
    this.process = process;
    this.httpPort = httpPort;
    this.startSeconds = startSeconds;
  }

  /** Starts {@code jar serve} with the data directory and extra flags; the log goes to DATA. */
  static ServerProcess start(Path jar, Path data, String... flags) throws Exception {
    int httpPort = freePort();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules",
                "jdk.incubator.vector",
                "-jar",
                jar.toString(),
                "serve",
                "--host",
                "127.0.0.1",
                "--http-port",
                String.valueOf(httpPort),
                "--grpc-port",
                String.valueOf(freePort()),
                "--data-dir",
                data.toString(),
                "--rate-limit",
                "0"));
    cmd.addAll(List.of(flags));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("OPT_OUT_TRACKING", "true");
    pb.environment().put("DJL_OFFLINE", "true");
    pb.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + httpPort + "/readyz");
    long start = System.nanoTime();
    Process server = pb.start();
    try {
      while (!ready(client, ready)) {
        if (!server.isAlive()) {
          throw new IllegalStateException("server exited; see " + data.resolve("server.log"));
        }
        if (System.nanoTime() - start > 120e9) {
          throw new IllegalStateException("not ready after 120 s");
        }
        Thread.sleep(20);
      }
    } catch (Exception e) {
      server.destroy();
      throw e;
    }
    return new ServerProcess(server, httpPort, (System.nanoTime() - start) / 1e9);
  }

  private static boolean ready(HttpClient client, URI ready) throws InterruptedException {
    try {
      return client
              .send(
                  HttpRequest.newBuilder(ready).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  /** The server's resident memory (VmRSS) in MB, or -1 when unknown. */
  long rssMb() throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
