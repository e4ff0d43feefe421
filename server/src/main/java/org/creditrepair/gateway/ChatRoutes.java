package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.creditrepair.assistant.AssistantService;
import org.creditrepair.assistant.ChatEvent;
import org.creditrepair.assistant.ChatMessage;
import org.creditrepair.assistant.ChatSessions;
import org.creditrepair.gateway.auth.Authentication;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;

/**
 * 对话接口：{@code POST /api/v1/chat} (server-sent events {@code tool}, {@code delta}, {@code citation},
 * {@code done}; one JSON object with {@code Accept: application/json}), the caller's sessions and
 * their history, hand-off, and the station console (queue, reply, close) for staff. Every call
 * needs a bearer token; staff access to an enterprise's conversation is audit-logged.
 */
public final class ChatRoutes {
  static final String CHAT = "/api/v1/chat";
  static final String SESSIONS = "/api/v1/chat/sessions";
  static final String SESSION = "/api/v1/chat/sessions/{sessionId}";
  static final String ESCALATION = "/api/v1/chat/sessions/{sessionId}/escalation";
  static final String QUEUE = "/api/v1/console/escalations";
  static final String REPLIES = "/api/v1/console/escalations/{sessionId}/replies";
  static final String CLOSE = "/api/v1/console/escalations/{sessionId}/close";
  static final int MAX_BODY_BYTES = 16 * 1024;
  static final int DEFAULT_LIMIT = 50;

  static final List<RouteTable.Endpoint> ENDPOINTS =
      List.of(
          new RouteTable.Endpoint(HttpMethod.POST, CHAT),
          new RouteTable.Endpoint(HttpMethod.GET, SESSIONS),
          new RouteTable.Endpoint(HttpMethod.GET, SESSION),
          new RouteTable.Endpoint(HttpMethod.POST, ESCALATION),
          new RouteTable.Endpoint(HttpMethod.GET, QUEUE),
          new RouteTable.Endpoint(HttpMethod.POST, REPLIES),
          new RouteTable.Endpoint(HttpMethod.POST, CLOSE));

  private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> STAFF = EnumSet.of(Role.STATION_STAFF, Role.ADMIN);

  private final Vertx vertx;
  private final AssistantService assistant;

  private ChatRoutes(Vertx vertx, AssistantService assistant) {
    this.vertx = vertx;
    this.assistant = assistant;
  }

  /** Adds the routes; with {@code assistant} null they answer 503 NOT_READY. */
  static void register(Router router, Vertx vertx, AssistantService assistant) {
    ChatRoutes r = new ChatRoutes(vertx, assistant);
    post(router, CHAT, ANYONE, r.ready(r::chat));
    get(router, SESSIONS, ANYONE, r.ready(r::sessions));
    get(router, SESSION, ANYONE, r.ready(r::session));
    post(router, ESCALATION, ANYONE, r.ready(r::escalate));
    get(router, QUEUE, STAFF, r.ready(r::queue));
    post(router, REPLIES, STAFF, r.ready(r::reply));
    post(router, CLOSE, STAFF, r.ready(r::close));
  }

  private static void post(Router router, String path, Set<Role> roles, Handler<RoutingContext> h) {
    router
        .route(HttpMethod.POST, RouteTable.vertxPath(path))
        .handler(HttpMetrics.template(path))
        .handler(new JsonBody())
        .handler(GatewayRouter.bodyLimit(MAX_BODY_BYTES))
        .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(Authentication.require(roles))
        .handler(h);
  }

  private static void get(Router router, String path, Set<Role> roles, Handler<RoutingContext> h) {
    router
        .route(HttpMethod.GET, RouteTable.vertxPath(path))
        .produces("application/json")
        .handler(HttpMetrics.template(path))
        .handler(Authentication.require(roles))
        .handler(h);
  }

  private Handler<RoutingContext> ready(Handler<RoutingContext> h) {
    return ctx -> {
      if (assistant == null) {
        ctx.fail(new CreditRepairException(ErrorCode.NOT_READY, "智能助手未启用"));
        return;
      }
      h.handle(ctx);
    };
  }

  /** {@code POST /api/v1/chat}. */
  private void chat(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    ObjectNode body = JsonFields.object(ctx.body().buffer());
    JsonFields.rejectUnknown(body, List.of("sessionId", "message", "uscc"), "");
    String sessionId = JsonFields.string(body.get("sessionId"), "sessionId");
    if (!body.hasNonNull("message")) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "message", "缺少消息内容 message");
    }
    var request =
        new AssistantService.ChatRequest(
            sessionId.isBlank() ? null : sessionId,
            JsonFields.string(body.get("message"), "message"),
            JsonFields.string(body.get("uscc"), "uscc"));
    AssistantService.checkedMessage(request);
    boolean json = wantsJson(ctx.request().getHeader("Accept"));
    blocking(
        ctx,
        () -> assistant.open(p, request),
        opened -> {
          if (json) {
            answerJson(ctx, p, opened, request);
          } else {
            stream(ctx, p, opened, request);
          }
        });
  }

  static boolean wantsJson(String accept) {
    return accept != null
        && accept.contains("application/json")
        && !accept.contains("text/event-stream");
  }

  private void answerJson(
      RoutingContext ctx, Principal p, ChatSessions.Stored opened, AssistantService.ChatRequest r) {
    List<ChatEvent> events = new ArrayList<>();
    blocking(
        ctx,
        () -> {
          assistant.chat(p, opened, r, events::add);
          return events;
        },
        all -> GatewayJson.send(ctx, 200, ChatJson.answer(all)));
  }

  /**
   * Streams the turn; once the stream started, a failure is an {@code error} event, then the end.
   */
  private void stream(
      RoutingContext ctx, Principal p, ChatSessions.Stored opened, AssistantService.ChatRequest r) {
    HttpServerResponse res = ctx.response();
    res.setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no");
    Context context = ctx.vertx().getOrCreateContext();
    AtomicBoolean gone = new AtomicBoolean();
    res.closeHandler(v -> gone.set(true));
    Consumer<String> write =
        frame ->
            context.runOnContext(
                v -> {
                  if (!gone.get() && !res.ended() && !res.closed()) {
                    res.write(frame);
                  }
                });
    vertx
        .executeBlocking(
            () -> {
              // the turn completes (and is stored) even when the client has left
              assistant.chat(p, opened, r, e -> write.accept(ChatJson.frame(e)));
              return Boolean.TRUE;
            },
            false)
        .onComplete(
            done ->
                context.runOnContext(
                    v -> {
                      if (done.failed() && !gone.get()) {
                        res.write(ChatJson.errorFrame(done.cause()));
                      }
                      if (!res.ended() && !res.closed()) {
                        res.end();
                      }
                    }));
  }

  /** {@code GET /api/v1/chat/sessions}: the caller's own sessions. */
  private void sessions(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    int limit = limit(ctx.request().getParam("limit"));
    blocking(
        ctx,
        () -> assistant.sessions(p, limit),
        list -> {
          ObjectNode out = GatewayJson.MAPPER.createObjectNode();
          ArrayNode a = out.putArray("sessions");
          list.forEach(s -> a.add(ChatJson.session(s, p)));
          GatewayJson.send(ctx, 200, out);
        });
  }

  /** {@code GET /api/v1/chat/sessions/{sessionId}}: a session and its messages. */
  private void session(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    String id = ctx.pathParam("sessionId");
    String reason = ApplicationHandlers.reason(ctx);
    blocking(
        ctx,
        () -> assistant.session(p, id, reason),
        view -> {
          ObjectNode out = ChatJson.session(view.session(), p);
          ArrayNode a = out.putArray("messages");
          for (ChatMessage m : view.messages()) {
            a.add(ChatJson.message(m));
          }
          GatewayJson.send(ctx, 200, out);
        });
  }

  /** {@code POST /api/v1/chat/sessions/{sessionId}/escalation} {@code {reason?}}. */
  private void escalate(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    ObjectNode body = optionalBody(ctx);
    JsonFields.rejectUnknown(body, List.of("reason"), "");
    String why = JsonFields.string(body.get("reason"), "reason");
    String id = ctx.pathParam("sessionId");
    blocking(
        ctx,
        () -> assistant.escalate(p, id, why),
        s -> GatewayJson.send(ctx, 200, ChatJson.session(s, p)));
  }

  /** {@code GET /api/v1/console/escalations?status=OPEN|CLOSED}. */
  private void queue(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    String status = ctx.request().getParam("status");
    int limit = limit(ctx.request().getParam("limit"));
    blocking(
        ctx,
        () -> assistant.queue(p, status, limit),
        list -> {
          ObjectNode out = GatewayJson.MAPPER.createObjectNode();
          ArrayNode a = out.putArray("escalations");
          list.forEach(e -> a.add(ChatJson.queueEntry(e)));
          GatewayJson.send(ctx, 200, out);
        });
  }

  /** {@code POST /api/v1/console/escalations/{sessionId}/replies} {@code {message}}. */
  private void reply(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    ObjectNode body = JsonFields.object(ctx.body().buffer());
    JsonFields.rejectUnknown(body, List.of("message"), "");
    String text = JsonFields.string(body.get("message"), "message");
    String id = ctx.pathParam("sessionId");
    String reason = ApplicationHandlers.reason(ctx);
    blocking(
        ctx,
        () -> assistant.reply(p, id, text, reason),
        m -> GatewayJson.send(ctx, 201, ChatJson.message(m)));
  }

  /** {@code POST /api/v1/console/escalations/{sessionId}/close} {@code {note}}. */
  private void close(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    ObjectNode body = JsonFields.object(ctx.body().buffer());
    JsonFields.rejectUnknown(body, List.of("note"), "");
    String note = JsonFields.string(body.get("note"), "note");
    String id = ctx.pathParam("sessionId");
    String reason = ApplicationHandlers.reason(ctx);
    blocking(
        ctx,
        () -> assistant.close(p, id, note, reason),
        s -> GatewayJson.send(ctx, 200, ChatJson.session(s, p)));
  }

  private static ObjectNode optionalBody(RoutingContext ctx) {
    if (ctx.body() == null || ctx.body().length() == 0) {
      return GatewayJson.MAPPER.createObjectNode();
    }
    return JsonFields.object(ctx.body().buffer());
  }

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= 200) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CreditRepairException(
        ErrorCode.INVALID_VALUE, "limit 必须是 1 到 200 的整数", Map.of("field", "limit"));
  }

  private <T> void blocking(RoutingContext ctx, Callable<T> call, Consumer<T> answer) {
    vertx.executeBlocking(call, false).onSuccess(answer::accept).onFailure(ctx::fail);
  }
}
