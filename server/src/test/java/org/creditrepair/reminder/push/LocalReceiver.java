package org.creditrepair.reminder.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * 本地接收端：a JDK HttpServer on 127.0.0.1 and a free port that records every request and answers with
 * what the test's responder says; stands in for webhook receivers and the WeChat API.
 */
public final class LocalReceiver implements AutoCloseable {
  /** One request as received. */
  public record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** The answer to a request. */
  public record Answer(int status, String body) {}

  public final List<Received> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile Function<Received, Answer> responder;

  public LocalReceiver(Function<Received, Answer> responder) {
    this.responder = responder;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  public void respond(Function<Received, Answer> r) {
    this.responder = r;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Received r =
        new Received(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            ex.getRequestURI().getRawQuery(),
            Map.copyOf(ex.getRequestHeaders()),
            body);
    requests.add(r);
    Answer a = responder.apply(r);
    byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      ex.getResponseBody().write(out);
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
