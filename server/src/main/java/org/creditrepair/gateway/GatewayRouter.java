package org.creditrepair.gateway;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.assistant.AssistantService;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.gateway.auth.Authentication;
import org.creditrepair.gateway.auth.RateLimiter;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.precheck.PrecheckCases;
import org.creditrepair.proto.diagnosis.v1.DiagnosisService;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.plan.v1.PlanService;
import org.creditrepair.reminder.ReminderApi;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;

/** HTTP 路由：the gateway's routes (DESIGN §4), with one error mapper and request metrics. */
public final class GatewayRouter {
  /** Largest search request body accepted (64 KiB); larger ones get 413 PAYLOAD_TOO_LARGE. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /**
   * Largest diagnosis, plan or template request body (512 KiB: 200 records with long texts fit);
   * larger ones get 413 PAYLOAD_TOO_LARGE.
   */
  public static final int MAX_RECORDS_BODY_BYTES = 512 * 1024;

  /** Where a route's body limit is kept for the 413 message. */
  static final String BODY_LIMIT_KEY = "cr.body.limit";

  static final String OPENAPI_RESOURCE = "/openapi.json";
  private static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final int[] MATCH_FAILURES = {400, 404, 405, 406, 413, 415, 500};

  private GatewayRouter() {}

  /** Every (method, path) the router serves; {@code RouterRoutesTest} keeps it true. */
  static final RouteTable ROUTES =
      new RouteTable(
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(
                      new RouteTable.Endpoint(HttpMethod.GET, "/healthz"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/readyz"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/metrics"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/openapi.json"),
                      new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/search"),
                      new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/diagnoses"),
                      new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/plans"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/api/v1/templates"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/api/v1/rules"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/api/v1/me"),
                      new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/applications"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/api/v1/applications"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/api/v1/applications/{id}"),
                      new RouteTable.Endpoint(
                          HttpMethod.POST, "/api/v1/applications/{id}/transitions"),
                      new RouteTable.Endpoint(HttpMethod.GET, "/api/v1/audit"),
                      new RouteTable.Endpoint(HttpMethod.POST, "/api/v1/prechecks"),
                      new RouteTable.Endpoint(
                          HttpMethod.POST, "/api/v1/templates/{templateId}/render")),
                  java.util.stream.Stream.concat(
                      ReminderRoutes.ENDPOINTS.stream(), ChatRoutes.ENDPOINTS.stream()))
              .toList());

  /**
   * Authentication and per-caller rate limits: {@code anonymous} per client address, {@code
   * authenticated} per principal.
   */
  public record Security(
      Authentication authentication, RateLimiter anonymous, RateLimiter authenticated) {}

  /** The services behind the routes: in-process adapters or remote gRPC clients alike. */
  public record Services(
      KnowledgeService knowledge,
      DiagnosisService diagnosis,
      PlanService plans,
      ApplicationService applications,
      AuditLog audit,
      RepairServices repair,
      PrecheckCases precheck,
      Path uploads,
      AssistantService assistant) {
    /** The services without the assistant (its routes answer 503 NOT_READY). */
    public Services(
        KnowledgeService knowledge,
        DiagnosisService diagnosis,
        PlanService plans,
        ApplicationService applications,
        AuditLog audit,
        RepairServices repair,
        PrecheckCases precheck,
        Path uploads) {
      this(knowledge, diagnosis, plans, applications, audit, repair, precheck, uploads, null);
    }
  }

  /** The router without the reminder module (its routes answer 503 NOT_READY). */
  public static Router create(
      Vertx vertx,
      Services services,
      Security security,
      PrometheusMeterRegistry registry,
      Clock clock) {
    return create(vertx, services, security, registry, clock, null);
  }

  /**
   * The router; {@code knowledge} is the in-process adapter or the remote gRPC client, {@code
   * reminders} the started reminder module's API (null: its routes answer 503 NOT_READY).
   */
  public static Router create(
      Vertx vertx,
      Services services,
      Security security,
      PrometheusMeterRegistry registry,
      Clock clock,
      ReminderApi reminders) {
    KnowledgeService knowledge = services.knowledge();
    Router router = Router.router(vertx);
    router.route().handler(new HttpMetrics(registry, ROUTES).start());
    router.route().handler(HttpErrors.rejectMalformedPath());
    router
        .route("/api/*")
        .handler(security.authentication()::optional)
        .handler(ctx -> rateLimit(ctx, security));

    ProbeHandlers probes = new ProbeHandlers(knowledge);
    Buffer openApi = Buffer.buffer(openApiDocument());
    SearchHandler search = new SearchHandler(knowledge, clock);
    get(router, "/healthz", probes::health);
    get(router, "/readyz", probes::ready);
    get(router, "/metrics", ctx -> metrics(ctx, registry));
    get(router, "/openapi.json", ctx -> send(ctx, openApi));
    postJson(router, "/api/v1/search", MAX_BODY_BYTES).handler(search::handle);
    RepairHandlers repair = new RepairHandlers(services.diagnosis(), services.plans());
    postJson(router, "/api/v1/diagnoses", MAX_RECORDS_BODY_BYTES).handler(repair::diagnose);
    postJson(router, "/api/v1/plans", MAX_RECORDS_BODY_BYTES).handler(repair::plan);
    get(router, "/api/v1/templates", repair::templates);
    get(router, "/api/v1/rules", new RulesHandler(services.repair())::list);
    applicationRoutes(router, new ApplicationHandlers(vertx, services.applications(), clock));
    router
        .route(HttpMethod.GET, "/api/v1/audit")
        .produces("application/json")
        .handler(HttpMetrics.template("/api/v1/audit"))
        .handler(Authentication.require(EnumSet.of(Role.ADMIN)))
        .handler(ctx -> AuditHandler.read(vertx, services.audit(), ctx));
    router
        .route(HttpMethod.GET, "/api/v1/me")
        .handler(HttpMetrics.template("/api/v1/me"))
        .handler(Authentication.require(EnumSet.allOf(Role.class)))
        .handler(GatewayRouter::me);
    String render = "/api/v1/templates/{templateId}/render";
    router
        .route(HttpMethod.POST, RouteTable.vertxPath(render))
        .produces("application/json")
        .produces(RepairHandlers.PDF)
        .produces(RepairHandlers.MARKDOWN)
        .handler(HttpMetrics.template(render))
        .handler(new JsonBody())
        .handler(bodyLimit(MAX_RECORDS_BODY_BYTES))
        .handler(BodyHandler.create(false).setBodyLimit(MAX_RECORDS_BODY_BYTES))
        .handler(RepairHandlers::checkTemplateId)
        .handler(repair::render);
    router
        .route(HttpMethod.POST, "/api/v1/prechecks")
        .produces("application/json")
        .handler(HttpMetrics.template("/api/v1/prechecks"))
        .handler((io.vertx.ext.web.handler.PlatformHandler) PrecheckHandler::requireMultipart)
        // refuse anonymous callers before 50 MB of uploads are read
        .handler(
            (io.vertx.ext.web.handler.PlatformHandler)
                Authentication.require(EnumSet.allOf(Role.class))::handle)
        .handler(bodyLimit(PrecheckHandler.MAX_BODY_BYTES))
        .handler(
            BodyHandler.create(
                    services.uploads() == null ? "file-uploads" : services.uploads().toString())
                .setBodyLimit(PrecheckHandler.MAX_BODY_BYTES)
                .setDeleteUploadedFilesOnEnd(true))
        .handler(new PrecheckHandler(vertx, services.precheck(), clock)::handle);
    ReminderRoutes.register(router, reminders);
    ChatRoutes.register(router, vertx, services.assistant());

    HttpErrors errors = new HttpErrors(ROUTES);
    router.route().failureHandler(errors::handle);
    for (int status : MATCH_FAILURES) {
      router.errorHandler(status, errors::handle);
    }
    return router;
  }

  private static void applicationRoutes(Router router, ApplicationHandlers h) {
    var anyone = Authentication.require(EnumSet.allOf(Role.class));
    String one = "/api/v1/applications/{id}";
    String transitions = "/api/v1/applications/{id}/transitions";
    router
        .route(HttpMethod.POST, "/api/v1/applications")
        .produces("application/json")
        .handler(HttpMetrics.template("/api/v1/applications"))
        .handler(new JsonBody())
        .handler(bodyLimit(MAX_RECORDS_BODY_BYTES))
        .handler(BodyHandler.create(false).setBodyLimit(MAX_RECORDS_BODY_BYTES))
        .handler(anyone)
        .handler(h::create);
    router
        .route(HttpMethod.GET, "/api/v1/applications")
        .produces("application/json")
        .handler(HttpMetrics.template("/api/v1/applications"))
        .handler(anyone)
        .handler(h::list);
    router
        .route(HttpMethod.GET, RouteTable.vertxPath(one))
        .produces("application/json")
        .handler(HttpMetrics.template(one))
        .handler(anyone)
        .handler(h::get);
    router
        .route(HttpMethod.POST, RouteTable.vertxPath(transitions))
        .produces("application/json")
        .handler(HttpMetrics.template(transitions))
        .handler(new JsonBody())
        .handler(bodyLimit(MAX_BODY_BYTES))
        .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(anyone)
        .handler(h::transition);
  }

  /** 429 with Retry-After when the caller (principal, else client address) is over its limit. */
  private static void rateLimit(RoutingContext ctx, Security security) {
    Principal p = Authentication.principal(ctx);
    long wait =
        p != null
            ? security.authenticated().acquire(p.role() + ":" + p.subject())
            : security.anonymous().acquire("ip:" + ctx.request().remoteAddress().hostAddress());
    if (wait > 0) {
      ctx.fail(
          new CreditRepairException(
              ErrorCode.RATE_LIMITED,
              "请求过于频繁，请 " + wait + " 秒后再试",
              Map.of("retryAfterSeconds", String.valueOf(wait))));
      return;
    }
    ctx.next();
  }

  /** {@code GET /api/v1/me}: who the token says the caller is. */
  private static void me(RoutingContext ctx) {
    Principal p = Authentication.principal(ctx);
    GatewayJson.send(
        ctx,
        200,
        Map.of(
            "subject",
            p.subject(),
            "role",
            p.role().name(),
            "expiresAt",
            p.expiresAt().toString()));
  }

  /** A JSON POST route: metrics template, JSON content type, body read up to {@code limit}. */
  private static io.vertx.ext.web.Route postJson(Router router, String path, int limit) {
    return router
        .route(HttpMethod.POST, path)
        .produces("application/json")
        .handler(HttpMetrics.template(path))
        .handler(new JsonBody())
        .handler(bodyLimit(limit))
        .handler(BodyHandler.create(false).setBodyLimit(limit));
  }

  static io.vertx.ext.web.handler.PlatformHandler bodyLimit(int limit) {
    return ctx -> {
      ctx.put(BODY_LIMIT_KEY, limit);
      ctx.next();
    };
  }

  private static void get(Router router, String path, Handler<RoutingContext> handler) {
    router.route(HttpMethod.GET, path).handler(HttpMetrics.template(path)).handler(handler);
  }

  private static void metrics(RoutingContext ctx, PrometheusMeterRegistry registry) {
    ctx.response().putHeader("Content-Type", PROMETHEUS_TYPE).end(registry.scrape());
  }

  private static void send(RoutingContext ctx, Buffer openApi) {
    ctx.response().putHeader("Content-Type", GatewayJson.CONTENT_TYPE).end(openApi);
  }

  /** The OpenAPI document shipped as a resource, served as is. */
  static byte[] openApiDocument() {
    try (InputStream in = GatewayRouter.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("缺少资源文件 " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
