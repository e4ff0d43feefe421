package org.creditrepair.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.proto.assistant.v1.AssistantServiceGrpc;
import org.creditrepair.proto.assistant.v1.ChatEvent;
import org.creditrepair.proto.assistant.v1.ChatRequest;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assistant over real HTTP (SSE and JSON) and gRPC streaming, with the console routes. */
class ChatApiIT {
  static final String A = Uscc.withCheckCharacter("91330106MA2C00001");
  static final String B = Uscc.withCheckCharacter("91330106MA2C00002");

  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    http = new TestHttp(app.httpPort());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static String token(Role role, String subject) {
    return TestServers.token(tmp.resolve("data"), role, subject, Duration.ofMinutes(10));
  }

  static HttpResponse<String> chat(String bearer, String body, String accept) {
    var b =
        http.request("/api/v1/chat")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build());
  }

  /** (event, data) pairs of an SSE body. */
  static List<String[]> events(String body) {
    List<String[]> out = new ArrayList<>();
    for (String frame : body.split("\n\n")) {
      String event = null;
      String data = null;
      for (String line : frame.split("\n")) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = line.substring(6);
        }
      }
      if (event != null) {
        out.add(new String[] {event, data});
      }
    }
    return out;
  }

  @Test
  void should_stream_a_turn_as_server_sent_events_and_continue_the_session() throws Exception {
    String t = token(Role.ENTERPRISE, A);
    HttpResponse<String> r = chat(t, "{\"message\":\"我们公司被罚款了，能修复吗？\"}", null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    List<String[]> ev = events(r.body());
    assertEquals("done", ev.getLast()[0]);
    assertTrue(ev.stream().anyMatch(e -> e[0].equals("delta")));
    JsonNode done = TestHttp.JSON.readTree(ev.getLast()[1]);
    assertEquals("DIAGNOSE", done.get("intent").asText());
    assertEquals("DECISION_DATE", done.at("/actions/0/data/field").asText());
    String session = done.get("sessionId").asText();
    HttpResponse<String> next =
        chat(
            t, "{\"sessionId\":\"" + session + "\",\"message\":\"2026年6月1日\"}", "application/json");
    assertEquals(200, next.statusCode(), next.body());
    JsonNode j = TestHttp.JSON.readTree(next.body());
    assertEquals(session, j.get("sessionId").asText());
    assertEquals("FULFILLED", j.at("/actions/0/data/field").asText());
    assertFalse(j.get("answer").asText().isBlank());
    HttpResponse<String> history =
        http.send(
            http.request("/api/v1/chat/sessions/" + session)
                .header("Authorization", "Bearer " + t)
                .GET()
                .build());
    assertEquals(200, history.statusCode(), history.body());
    assertEquals(4, TestHttp.json(history).get("messages").size());
    HttpResponse<String> mine =
        http.send(
            http.request("/api/v1/chat/sessions")
                .header("Authorization", "Bearer " + t)
                .GET()
                .build());
    assertTrue(mine.body().contains(session));
  }

  @Test
  void should_answer_bad_requests_with_coded_errors_before_streaming() throws Exception {
    String t = token(Role.ENTERPRISE, A);
    assertEquals(401, chat(null, "{\"message\":\"你好\"}", null).statusCode());
    var empty = chat(t, "{\"message\":\"\"}", null);
    assertEquals(400, empty.statusCode());
    assertEquals("MISSING_FIELD", TestHttp.json(empty).get("code").asText());
    var tooLong = chat(t, "{\"message\":\"" + "字".repeat(2001) + "\"}", null);
    assertEquals(400, tooLong.statusCode());
    assertEquals("MESSAGE_TOO_LONG", TestHttp.json(tooLong).get("code").asText());
    var unknown = chat(t, "{\"message\":\"你好\",\"x\":1}", null);
    assertEquals("UNKNOWN_FIELD", TestHttp.json(unknown).get("code").asText());
    var garbage = chat(t, "{\"message\":", null);
    assertEquals(400, garbage.statusCode());
    var huge = chat(t, "{\"message\":\"" + "a".repeat(20_000) + "\"}", null);
    assertEquals(413, huge.statusCode());
    // another enterprise's session is not found, and naming another enterprise is forbidden
    JsonNode mine = TestHttp.json(chat(t, "{\"message\":\"你好\"}", "application/json"));
    var foreign =
        chat(
            token(Role.ENTERPRISE, B),
            "{\"sessionId\":\"" + mine.get("sessionId").asText() + "\",\"message\":\"你好\"}",
            null);
    assertEquals(404, foreign.statusCode());
    assertEquals(403, chat(t, "{\"message\":\"你好\",\"uscc\":\"" + B + "\"}", null).statusCode());
  }

  @Test
  void should_hand_off_to_staff_through_the_console() throws Exception {
    String t = token(Role.ENTERPRISE, A);
    JsonNode first = TestHttp.json(chat(t, "{\"message\":\"转人工\"}", "application/json"));
    assertEquals("ESCALATED", first.get("status").asText());
    String session = first.get("sessionId").asText();
    String staff = token(Role.STATION_STAFF, "staff-7");
    var queue =
        http.send(
            http.request("/api/v1/console/escalations")
                .header("Authorization", "Bearer " + staff)
                .GET()
                .build());
    assertEquals(200, queue.statusCode(), queue.body());
    assertTrue(queue.body().contains(session));
    var forbidden =
        http.send(
            http.request("/api/v1/console/escalations")
                .header("Authorization", "Bearer " + t)
                .GET()
                .build());
    assertEquals(403, forbidden.statusCode());
    // the enterprise listens to its in-app events while staff reply
    var events =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request("/api/v1/events").header("Authorization", "Bearer " + t).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
    var seen = new java.util.concurrent.CompletableFuture<String>();
    Thread reader =
        Thread.ofVirtual()
            .start(
                () ->
                    events
                        .body()
                        .filter(l -> l.startsWith("event: chat.reply"))
                        .findFirst()
                        .ifPresent(seen::complete));
    var reply =
        http.send(
            http.request("/api/v1/console/escalations/" + session + "/replies")
                .header("Authorization", "Bearer " + staff)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"您好，请问是哪条记录？\"}"))
                .build());
    assertEquals(201, reply.statusCode(), reply.body());
    assertEquals("event: chat.reply", seen.get(10, TimeUnit.SECONDS));
    reader.interrupt();
    var close =
        http.send(
            http.request("/api/v1/console/escalations/" + session + "/close")
                .header("Authorization", "Bearer " + staff)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"已电话指导\"}"))
                .build());
    assertEquals(200, close.statusCode(), close.body());
    assertEquals("CLOSED", TestHttp.json(close).get("status").asText());
    var after = chat(t, "{\"sessionId\":\"" + session + "\",\"message\":\"还在吗\"}", null);
    assertEquals(409, after.statusCode());
    assertEquals("SESSION_CLOSED", TestHttp.json(after).get("code").asText());
    var audit =
        http.send(
            http.request("/api/v1/audit")
                .header("Authorization", "Bearer " + token(Role.ADMIN, "admin-1"))
                .GET()
                .build());
    assertTrue(audit.body().contains("chat.reply"), audit.body());
    assertTrue(audit.body().contains("chat.close"), audit.body());
  }

  @Test
  void should_stream_the_same_turn_over_grpc() throws Exception {
    ManagedChannel channel =
        ManagedChannelBuilder.forAddress("127.0.0.1", app.grpcPort()).usePlaintext().build();
    try {
      Metadata m = new Metadata();
      m.put(
          Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
          "Bearer " + token(Role.ENTERPRISE, A));
      var stub =
          AssistantServiceGrpc.newBlockingStub(channel)
              .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(m))
              .withDeadlineAfter(20, TimeUnit.SECONDS);
      List<ChatEvent> events = new ArrayList<>();
      stub.chat(ChatRequest.newBuilder().setMessage("能不能花钱把记录洗白？").build())
          .forEachRemaining(events::add);
      assertTrue(events.getLast().hasDone());
      assertEquals("REFUSE", events.getLast().getDone().getIntent());
      assertTrue(events.stream().anyMatch(ChatEvent::hasCitation));
      var noToken =
          AssistantServiceGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS);
      var e =
          assertThrows(
              StatusRuntimeException.class,
              () ->
                  noToken
                      .chat(ChatRequest.newBuilder().setMessage("你好").build())
                      .forEachRemaining(x -> {}));
      assertEquals(Status.Code.UNAUTHENTICATED, e.getStatus().getCode());
      var empty =
          assertThrows(
              StatusRuntimeException.class,
              () ->
                  stub.chat(ChatRequest.newBuilder().setMessage(" ").build())
                      .forEachRemaining(x -> {}));
      assertEquals(Status.Code.INVALID_ARGUMENT, empty.getStatus().getCode());
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
