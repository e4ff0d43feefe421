package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.creditrepair.gateway.auth.Authentication;
import org.creditrepair.reminder.ChannelType;
import org.creditrepair.reminder.DeadReminder;
import org.creditrepair.reminder.InAppEvents;
import org.creditrepair.reminder.QuietHours;
import org.creditrepair.reminder.ReminderApi;
import org.creditrepair.reminder.ReminderJson;
import org.creditrepair.reminder.ReminderList;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.reminder.SentReminder;
import org.creditrepair.reminder.Subscription;
import org.creditrepair.reminder.UpcomingReminder;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Role;

/**
 * 提醒与推送接口：push subscriptions, an enterprise's reminders, its in-app notifications as SSE, and the
 * dead letters for administrators. Enterprises see only their own data; staff and administrators
 * name the enterprise with {@code ?uscc=} and every such access is audit-logged with the {@code
 * X-Audit-Reason} header as reason.
 */
public final class ReminderRoutes {
  static final String SUBSCRIPTIONS = "/api/v1/push/subscriptions";
  static final String SUBSCRIPTION = "/api/v1/push/subscriptions/{id}";
  static final String REMINDERS = "/api/v1/reminders";
  static final String EVENTS = "/api/v1/events";
  static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
  static final String AUDIT_REASON = "X-Audit-Reason";
  static final int MAX_BODY_BYTES = 16 * 1024;
  static final int DEFAULT_DEAD_LETTERS = 50;

  /** Fields of a subscription request. */
  static final List<String> FIELDS = List.of("channel", "target", "secret", "quietHours");

  static final List<String> QUIET_FIELDS = List.of("start", "end", "timeZone");

  /** The routes registered here, for the gateway's route table. */
  static final List<RouteTable.Endpoint> ENDPOINTS =
      List.of(
          new RouteTable.Endpoint(HttpMethod.POST, SUBSCRIPTIONS),
          new RouteTable.Endpoint(HttpMethod.GET, SUBSCRIPTIONS),
          new RouteTable.Endpoint(HttpMethod.DELETE, SUBSCRIPTION),
          new RouteTable.Endpoint(HttpMethod.GET, REMINDERS),
          new RouteTable.Endpoint(HttpMethod.GET, EVENTS),
          new RouteTable.Endpoint(HttpMethod.GET, DEAD_LETTERS));

  private static final Set<Role> ALL = EnumSet.allOf(Role.class);

  private final ReminderApi api;

  private ReminderRoutes(ReminderApi api) {
    this.api = api;
  }

  /**
   * Adds the reminder routes to {@code router}; with {@code api} null (module not started) they
   * answer 503 NOT_READY.
   */
  public static void register(Router router, ReminderApi api) {
    ReminderRoutes r = new ReminderRoutes(api);
    router
        .route(HttpMethod.POST, SUBSCRIPTIONS)
        .produces("application/json")
        .handler(HttpMetrics.template(SUBSCRIPTIONS))
        .handler(new JsonBody())
        .handler(
            (PlatformHandler)
                ctx -> {
                  ctx.put(GatewayRouter.BODY_LIMIT_KEY, MAX_BODY_BYTES);
                  ctx.next();
                })
        .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(Authentication.require(EnumSet.of(Role.ENTERPRISE)))
        .handler(r.ready(r::subscribe));
    route(router, HttpMethod.GET, SUBSCRIPTIONS, ALL, r.ready(r::subscriptions));
    route(
        router,
        HttpMethod.DELETE,
        SUBSCRIPTION,
        EnumSet.of(Role.ENTERPRISE),
        r.ready(r::unsubscribe));
    route(router, HttpMethod.GET, REMINDERS, ALL, r.ready(r::reminders));
    route(router, HttpMethod.GET, EVENTS, ALL, r.ready(r::events));
    route(router, HttpMethod.GET, DEAD_LETTERS, EnumSet.of(Role.ADMIN), r.ready(r::deadLetters));
  }

  private static void route(
      Router router, HttpMethod method, String path, Set<Role> roles, Handler<RoutingContext> h) {
    router
        .route(method, RouteTable.vertxPath(path))
        .handler(HttpMetrics.template(path))
        .handler(Authentication.require(roles))
        .handler(h);
  }

  private Handler<RoutingContext> ready(Handler<RoutingContext> h) {
    return ctx -> {
      if (api == null) {
        ctx.fail(new CreditRepairException(ErrorCode.NOT_READY, "提醒模块未启用"));
        return;
      }
      h.handle(ctx);
    };
  }

  /** {@code POST /api/v1/push/subscriptions} (the enterprise itself). */
  private void subscribe(RoutingContext ctx) {
    ObjectNode body = JsonFields.object(ctx.body().buffer());
    JsonFields.rejectUnknown(body, FIELDS, "");
    ReminderService.NewSubscription s = parseSubscription(body);
    String tenant = Authentication.principal(ctx).subject();
    blocking(ctx, () -> api.service().subscribe(tenant, s), sub -> send(ctx, 201, json(sub)));
  }

  static ReminderService.NewSubscription parseSubscription(ObjectNode body) {
    String channelName = JsonFields.enumName(body.get("channel"), "channel");
    if (channelName.isEmpty()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "channel", "缺少字段 channel");
    }
    ChannelType channel;
    try {
      channel = ChannelType.valueOf(channelName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CreditRepairException(
          ErrorCode.INVALID_VALUE,
          "channel 只能是 WEBHOOK 或 WECHAT",
          Map.of("field", "channel", "allowed", "WEBHOOK,WECHAT"));
    }
    String target = JsonFields.string(body.get("target"), "target").strip();
    if (target.isEmpty()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "target", "缺少字段 target");
    }
    String secret = JsonFields.string(body.get("secret"), "secret");
    ObjectNode quiet = JsonFields.childObject(body.get("quietHours"), "quietHours");
    QuietHours quietHours = null;
    if (quiet != null) {
      JsonFields.rejectUnknown(quiet, QUIET_FIELDS, "quietHours.");
      try {
        quietHours =
            QuietHours.parse(
                JsonFields.string(quiet.get("start"), "quietHours.start"),
                JsonFields.string(quiet.get("end"), "quietHours.end"),
                JsonFields.string(quiet.get("timeZone"), "quietHours.timeZone"));
      } catch (IllegalArgumentException e) {
        throw CreditRepairException.field(ErrorCode.INVALID_VALUE, "quietHours", e.getMessage());
      }
    }
    return new ReminderService.NewSubscription(
        channel, target, secret.isEmpty() ? null : secret, quietHours);
  }

  /** {@code GET /api/v1/push/subscriptions}. */
  private void subscriptions(RoutingContext ctx) {
    String tenant = tenant(ctx);
    blocking(
        ctx,
        () -> {
          audit(ctx, "push.subscriptions.read", tenant, null);
          return api.service().subscriptions(tenant);
        },
        subs -> {
          ObjectNode out = GatewayJson.MAPPER.createObjectNode();
          out.put("uscc", tenant);
          ArrayNode a = out.putArray("subscriptions");
          subs.forEach(s -> a.add(json(s)));
          send(ctx, 200, out);
        });
  }

  /** {@code DELETE /api/v1/push/subscriptions/{id}} (the enterprise's own). */
  private void unsubscribe(RoutingContext ctx) {
    String tenant = Authentication.principal(ctx).subject();
    String id = ctx.pathParam("id");
    blocking(
        ctx,
        () -> {
          api.service().unsubscribe(tenant, id);
          return Boolean.TRUE;
        },
        ok -> ctx.response().setStatusCode(204).end());
  }

  /** {@code GET /api/v1/reminders}. */
  private void reminders(RoutingContext ctx) {
    String tenant = tenant(ctx);
    blocking(
        ctx,
        () -> {
          audit(ctx, "reminder.list", tenant, null);
          return api.service().list(tenant);
        },
        list -> send(ctx, 200, json(list)));
  }

  /** {@code GET /api/v1/admin/dead-letters?limit=}. */
  private void deadLetters(RoutingContext ctx) {
    int limit = limit(ctx.request().getParam("limit"));
    blocking(
        ctx,
        () -> api.service().deadLetters(limit),
        dead -> {
          ObjectNode out = GatewayJson.MAPPER.createObjectNode();
          ArrayNode a = out.putArray("deadLetters");
          for (DeadReminder d : dead) {
            ObjectNode n = a.addObject();
            n.put("id", d.id());
            n.put("attempts", d.attempts());
            n.put("reason", d.reason());
            n.put("at", d.at().toString());
            n.set("reminder", d.reminder() == null ? null : ReminderJson.node(d.reminder()));
          }
          send(ctx, 200, out);
        });
  }

  /**
   * {@code GET /api/v1/events}: the caller's in-app notifications as server-sent events ({@code
   * event: reminder}), a comment heartbeat every {@link ReminderApi#heartbeat()}, ended when the
   * client leaves or the server shuts down.
   */
  private void events(RoutingContext ctx) {
    String tenant = tenant(ctx);
    blocking(
        ctx,
        () -> {
          audit(ctx, "events.stream", tenant, null);
          return Boolean.TRUE;
        },
        ok -> stream(ctx, tenant));
  }

  private void stream(RoutingContext ctx, String tenant) {
    HttpServerResponse res = ctx.response();
    res.setChunked(true)
        .putHeader("Content-Type", "text/event-stream; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no");
    res.write("retry: 5000\n: connected\n\n");
    Context context = ctx.vertx().getOrCreateContext();
    AtomicBoolean over = new AtomicBoolean();
    Runnable[] unsubscribe = {() -> {}};
    long heartbeat =
        ctx.vertx()
            .setPeriodic(
                api.heartbeat().toMillis(),
                id -> {
                  if (!over.get()) {
                    res.write(": heartbeat\n\n");
                  }
                });
    Runnable finish =
        () -> {
          if (over.compareAndSet(false, true)) {
            ctx.vertx().cancelTimer(heartbeat);
            unsubscribe[0].run();
            if (!res.ended() && !res.closed()) {
              res.end();
            }
          }
        };
    unsubscribe[0] =
        api.events()
            .subscribe(
                tenant,
                new InAppEvents.Listener() {
                  @Override
                  public void onEvent(InAppEvents.Event e) {
                    context.runOnContext(
                        v -> {
                          if (!over.get() && !res.writeQueueFull()) {
                            res.write(
                                "id: "
                                    + e.id()
                                    + "\nevent: "
                                    + e.name()
                                    + "\ndata: "
                                    + e.json()
                                    + "\n\n");
                          }
                        });
                  }

                  @Override
                  public void onClose() {
                    context.runOnContext(v -> finish.run());
                  }
                });
    res.closeHandler(v -> finish.run());
    ctx.request().connection().shutdownHandler(v -> finish.run());
  }

  /**
   * The enterprise a request is about: an enterprise's own code (a different {@code ?uscc=} is
   * 403), or for staff and administrators the required {@code ?uscc=}.
   */
  private static String tenant(RoutingContext ctx) {
    return Authentication.principal(ctx).tenant(ctx.request().getParam("uscc"));
  }

  private void audit(RoutingContext ctx, String action, String tenant, String resource) {
    api.audit()
        .record(
            Authentication.principal(ctx),
            action,
            tenant,
            resource,
            reason(ctx.request().getHeader(AUDIT_REASON)));
  }

  /** The audit reason; non-ASCII text arrives percent-encoded (UTF-8), as headers are ASCII. */
  static String reason(String header) {
    if (header == null || !header.contains("%")) {
      return header;
    }
    try {
      return java.net.URLDecoder.decode(header, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return header;
    }
  }

  private static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_DEAD_LETTERS;
    }
    try {
      int n = Integer.parseInt(raw.strip());
      if (n >= 1 && n <= 1000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CreditRepairException(
        ErrorCode.INVALID_VALUE,
        "limit 必须是 1–1000 之间的整数",
        Map.of("field", "limit", "min", "1", "max", "1000"));
  }

  /** Runs store work off the event loop, then {@code then} on it; failures go to the mapper. */
  private static <T> void blocking(RoutingContext ctx, Callable<T> work, Consumer<T> then) {
    ctx.vertx()
        .executeBlocking(work, false)
        .onSuccess(
            v -> {
              try {
                then.accept(v);
              } catch (RuntimeException e) {
                ctx.fail(e);
              }
            })
        .onFailure(ctx::fail);
  }

  private static void send(RoutingContext ctx, int status, JsonNode body) {
    GatewayJson.send(ctx, status, body);
  }

  static ObjectNode json(Subscription s) {
    ObjectNode n = GatewayJson.MAPPER.createObjectNode();
    n.put("id", s.id());
    n.put("channel", s.channel().name());
    n.put("target", s.target());
    n.put("hasSecret", s.secret() != null);
    if (s.quietHours() == null) {
      n.putNull("quietHours");
    } else {
      ObjectNode q = n.putObject("quietHours");
      q.put("start", s.quietHours().startText());
      q.put("end", s.quietHours().endText());
      q.put("timeZone", s.quietHours().zone().getId());
    }
    n.put("createdAt", s.createdAt().toString());
    return n;
  }

  static ObjectNode json(ReminderList list) {
    ObjectNode out = GatewayJson.MAPPER.createObjectNode();
    out.put("uscc", list.tenant());
    ArrayNode up = out.putArray("upcoming");
    for (UpcomingReminder u : list.upcoming()) {
      ObjectNode n = reminder(u.reminder());
      n.put("status", u.status());
      up.add(n);
    }
    ArrayNode sent = out.putArray("sent");
    for (SentReminder s : list.sent()) {
      ObjectNode n = reminder(s.reminder());
      n.put("status", s.status());
      n.put("sentAt", s.at().toString());
      ArrayNode ch = n.putArray("channels");
      new ArrayList<>(s.channels()).forEach(ch::add);
      n.put("reason", s.reason());
      sent.add(n);
    }
    return out;
  }

  private static ObjectNode reminder(org.creditrepair.reminder.Reminder r) {
    ObjectNode n = ReminderJson.node(r);
    n.remove("tenant");
    return n;
  }
}
