package org.creditrepair.eval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * 负载发生器：{@code n} requests from {@code concurrency} closed-loop clients, each latency recorded; an
 * answer with another status than expected stops the run with its body.
 */
final class HttpLoad {
  private HttpLoad() {}

  /** The latencies (ns) of {@code n} JSON POSTs to {@code uri}, request i carrying body(i). */
  static long[] run(HttpClient client, URI uri, IntFunction<String> body, int n, int concurrency)
      throws Exception {
    return run(
        client,
        i ->
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.apply(i), StandardCharsets.UTF_8))
                .build(),
        200,
        (i, r) -> {},
        n,
        concurrency);
  }

  /** The latencies (ns) of {@code n} requests; {@code answered} sees each response. */
  static long[] run(
      HttpClient client,
      IntFunction<HttpRequest> request,
      int expectedStatus,
      BiConsumer<Integer, HttpResponse<String>> answered,
      int n,
      int concurrency)
      throws Exception {
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
                    HttpRequest req = request.apply(i);
                    long s = System.nanoTime();
                    HttpResponse<String> resp =
                        client.send(req, HttpResponse.BodyHandlers.ofString());
                    lat[i] = System.nanoTime() - s;
                    if (resp.statusCode() != expectedStatus) {
                      throw new IllegalStateException(
                          "HTTP " + resp.statusCode() + ": " + resp.body());
                    }
                    answered.accept(i, resp);
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
}
