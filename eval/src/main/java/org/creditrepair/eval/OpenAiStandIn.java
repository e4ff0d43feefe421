package org.creditrepair.eval;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * 模型替身：a local server speaking the OpenAI chat-completions streaming protocol on 127.0.0.1 that
 * answers every request at once with a fixed Chinese reply in a few chunks — the "LLM call" the
 * assistant's overhead is measured against.
 */
final class OpenAiStandIn implements AutoCloseable {
  static final String[] CHUNKS = {"根据规则引擎的结论，", "您的记录可以在满足条件后申请修复。", "具体以受理部门答复为准。"};

  private final HttpServer server;

  OpenAiStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
          // the whole stream in one write: small separate writes would meet delayed ACKs (≈40 ms)
          // and measure the TCP stack, not the assistant
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          for (int i = 0; i < CHUNKS.length; i++) {
            String chunk =
                "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stand-in\","
                    + "\"choices\":[{\"index\":0,\"delta\":{"
                    + (i == 0 ? "\"role\":\"assistant\"," : "")
                    + "\"content\":\""
                    + CHUNKS[i]
                    + "\"},\"finish_reason\":null}]}";
            out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
          }
          String last =
              "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stand-in\","
                  + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
          out.write(("data: " + last + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
          byte[] body = out.toByteArray();
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
