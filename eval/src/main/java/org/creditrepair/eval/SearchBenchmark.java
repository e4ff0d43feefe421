package org.creditrepair.eval;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
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
        QuestionSet.load(Path.of("eval/questions")).stream().map(Question::question).toList();
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
    try (ServerProcess server = ServerProcess.start(jar, data, "--corpus-dirs", corpus)) {
      System.out.printf(
          Locale.ROOT, "server start to ready (built index): %.2f s%n", server.startSeconds);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI search = server.uri("/api/v1/search");
      IntFunction<String> body =
          i -> "{\"query\":" + jsonString(queries.get(i % queries.size())) + ",\"topK\":5}";
      HttpLoad.run(client, search, body, 200, 4); // warm-up
      for (int concurrency : new int[] {1, 16}) {
        long begin = System.nanoTime();
        long[] lat = HttpLoad.run(client, search, body, requests, concurrency);
        double secs = (System.nanoTime() - begin) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "HTTP search, concurrency %2d: %s, %.0f req/s%n",
            concurrency,
            new Percentiles(lat).summary(),
            requests / secs);
      }
      System.out.printf(Locale.ROOT, "server resident memory (VmRSS): %d MB%n", server.rssMb());
    }
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
