package org.creditrepair.eval;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;

/**
 * 检索基准：prints index build time, in-process search latency, and — with {@code --server-jar} — server
 * start time to ready, HTTP search latency at concurrency 1 and 16, and the server's resident
 * memory. Usage: {@code SearchBenchmark [--corpus DIRS] [--requests N] [--server-jar JAR]}.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("cr.shared.dir", "../shared"));
    String corpus = shared.resolve("corpus/regulations") + ":" + shared.resolve("seeds");
    int requests = 1000;
    Path jar = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = args[++i];
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        case "--server-jar" -> jar = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Path> dirs = java.util.Arrays.stream(corpus.split(":")).map(Path::of).toList();
    List<String> queries =
        QuestionSet.load(Path.of("eval/data")).stream().map(Question::question).toList();
    Path data = Files.createTempDirectory("cr-bench-");
    KnowledgeSettings settings = new KnowledgeSettings(data, dirs, true);

    long t0 = System.nanoTime();
    try (KnowledgeModule m =
        KnowledgeModule.open(settings, Clock.systemUTC(), IndexProgress.NONE)) {
      System.out.printf(
          Locale.ROOT,
          "index build: %.1f s (%d documents, %d chunks, embedding included)%n",
          (System.nanoTime() - t0) / 1e9,
          m.stats().documents(),
          m.stats().chunks());
    }
    t0 = System.nanoTime();
    try (KnowledgeModule m =
        KnowledgeModule.open(settings, Clock.systemUTC(), IndexProgress.NONE)) {
      System.out.printf(
          Locale.ROOT,
          "index open (built, incl. model load): %.2f s%n",
          (System.nanoTime() - t0) / 1e9);
      LocalDate today = LocalDate.now();
      for (int i = 0; i < 100; i++) {
        m.search()
            .search(
                new SearchQuery(
                    queries.get(i % queries.size()), 5, null, today, SearchMode.HYBRID));
      }
      long[] lat = new long[requests];
      for (int i = 0; i < requests; i++) {
        long s = System.nanoTime();
        m.search()
            .search(
                new SearchQuery(
                    queries.get(i % queries.size()), 5, null, today, SearchMode.HYBRID));
        lat[i] = System.nanoTime() - s;
      }
      System.out.println("in-process hybrid search: " + new Percentiles(lat).summary());
    }
    if (jar != null) {
      http(jar, data, corpus, queries, requests);
    }
  }

  private static void http(Path jar, Path data, String corpus, List<String> queries, int requests)
      throws Exception {
    int httpPort = freePort();
    int grpcPort = freePort();
    ProcessBuilder pb =
        new ProcessBuilder(
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
            String.valueOf(grpcPort),
            "--data-dir",
            data.toString(),
            "--corpus-dirs",
            corpus);
    pb.environment().put("OPT_OUT_TRACKING", "true");
    pb.environment().put("DJL_OFFLINE", "true");
    pb.redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + httpPort + "/readyz");
    long start = System.nanoTime();
    Process server = pb.start();
    try {
      while (true) {
        if (!server.isAlive()) {
          throw new IllegalStateException("server exited; see " + data.resolve("server.log"));
        }
        try {
          if (client
                  .send(
                      HttpRequest.newBuilder(ready).GET().build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode()
              == 200) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        if (System.nanoTime() - start > 120e9) {
          throw new IllegalStateException("not ready after 120 s");
        }
        Thread.sleep(20);
      }
      System.out.printf(
          Locale.ROOT,
          "server start to ready (built index): %.2f s%n",
          (System.nanoTime() - start) / 1e9);
      URI search = URI.create("http://127.0.0.1:" + httpPort + "/api/v1/search");
      load(client, search, queries, 200, 4); // warm-up
      for (int concurrency : new int[] {1, 16}) {
        long begin = System.nanoTime();
        long[] lat = load(client, search, queries, requests, concurrency);
        double secs = (System.nanoTime() - begin) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "HTTP search, concurrency %2d: %s, %.0f req/s%n",
            concurrency,
            new Percentiles(lat).summary(),
            requests / secs);
      }
      System.out.printf(
          Locale.ROOT, "server resident memory (VmRSS): %d MB%n", rssKb(server.pid()) / 1024);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static long[] load(
      HttpClient client, URI uri, List<String> queries, int n, int concurrency) throws Exception {
    long[] lat = new long[n];
    AtomicInteger next = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < concurrency; w++) {
        workers.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < n) {
                    String body =
                        "{\"query\":"
                            + jsonString(queries.get(i % queries.size()))
                            + ",\"topK\":5}";
                    HttpRequest req =
                        HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build();
                    long s = System.nanoTime();
                    HttpResponse<String> resp =
                        client.send(req, HttpResponse.BodyHandlers.ofString());
                    lat[i] = System.nanoTime() - s;
                    if (resp.statusCode() != 200) {
                      throw new IllegalStateException(
                          "HTTP " + resp.statusCode() + ": " + resp.body());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    }
    return lat;
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
