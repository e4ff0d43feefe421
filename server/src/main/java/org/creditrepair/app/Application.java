package org.creditrepair.app;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.client.GrpcClientOptions;
import io.vertx.grpc.common.ServiceName;
import io.vertx.grpc.server.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.application.grpc.ApplicationGrpcService;
import org.creditrepair.assistant.AssistantService;
import org.creditrepair.assistant.AssistantTool;
import org.creditrepair.assistant.Assistants;
import org.creditrepair.assistant.Responder;
import org.creditrepair.assistant.grpc.AssistantGrpcService;
import org.creditrepair.assistant.llm.LlmResponders;
import org.creditrepair.assistant.llm.LlmSettings;
import org.creditrepair.assistant.llm.Prompts;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.diagnosis.grpc.DiagnosisServiceAdapter;
import org.creditrepair.gateway.GatewayRouter;
import org.creditrepair.gateway.HttpGateway;
import org.creditrepair.gateway.auth.Authentication;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.gateway.auth.RateLimiter;
import org.creditrepair.grpc.DeadlineKnowledgeService;
import org.creditrepair.grpc.GrpcEndpoint;
import org.creditrepair.grpc.KnowledgeGrpcService;
import org.creditrepair.grpc.RemoteKnowledgeService;
import org.creditrepair.grpc.RepairGrpcServices;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.grpc.KnowledgeServiceAdapter;
import org.creditrepair.plan.Deadlines;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.plan.TemplateDocuments;
import org.creditrepair.plan.grpc.PlanServiceAdapter;
import org.creditrepair.plan.pdf.MarkdownPdfWriter;
import org.creditrepair.precheck.Eligibility;
import org.creditrepair.precheck.PrecheckCases;
import org.creditrepair.precheck.PrecheckHistory;
import org.creditrepair.precheck.PrecheckService;
import org.creditrepair.precheck.grpc.PrecheckGrpcService;
import org.creditrepair.precheck.ocr.TesseractOcr;
import org.creditrepair.precheck.pdf.PdfBoxPages;
import org.creditrepair.proto.diagnosis.v1.DiagnosisService;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.KnowledgeServiceGrpcService;
import org.creditrepair.proto.plan.v1.PlanService;
import org.creditrepair.reminder.InAppEvents;
import org.creditrepair.reminder.grpc.ReminderGrpcService;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.calendar.LegalPeriods;
import org.creditrepair.store.Store;

/**
 * 组合根：the one place that builds and wires the running server (Vert.x, metrics, knowledge service
 * in-process or remote, gRPC endpoint, HTTP gateway) and closes it in reverse order.
 */
public final class Application implements AutoCloseable {
  /** How long requests in flight may take to finish at shutdown. */
  public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

  /** Largest gRPC message the remote client accepts (a 50-hit search response fits easily). */
  static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  /** Documents read (and OCR'd) at once; OCR uses one core each (OMP_THREAD_LIMIT=1). */
  static final int PRECHECK_WORKERS = 2;

  /** The CJK TrueType font filled templates are written with (Debian fonts-wqy-zenhei). */
  static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  private static final System.Logger LOG = System.getLogger(Application.class.getName());

  private final Deque<Step> closeSteps = new ArrayDeque<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private KnowledgeHolder knowledge;
  private GrpcEndpoint grpc;
  private HttpGateway http;

  private Application() {}

  /** One resource to release at shutdown. */
  @FunctionalInterface
  private interface Step {
    void close() throws Exception;
  }

  /**
   * Starts the gRPC endpoint and the HTTP gateway, then (in-process mode) opens the knowledge
   * module in the background; blocks until both servers listen. Call it off the event loop.
   */
  public static Application start(ServerConfig config, Clock clock, KnowledgeOpener opener) {
    Application app = new Application();
    try {
      app.wire(config, clock, opener);
      return app;
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  private void wire(ServerConfig config, Clock clock, KnowledgeOpener opener) {
    Vertx vertx = Vertx.vertx();
    onClose("Vert.x", () -> vertx.close().await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS));
    PrometheusMeterRegistry registry = metrics();
    onClose("指标", registry::close);

    KnowledgeService service;
    List<Service> grpcServices;
    Map<ServiceName, BooleanSupplier> readiness;
    if (config.knowledgeAddr() == null) {
      knowledge = new KnowledgeHolder();
      onClose("知识库", knowledge::close);
      service = new KnowledgeServiceAdapter(vertx, knowledge::search, clock);
      grpcServices = List.of(KnowledgeGrpcService.of(service));
      readiness = Map.of(KnowledgeServiceGrpcService.SERVICE_NAME, knowledge::ready);
    } else {
      service = remote(vertx, config);
      grpcServices = List.of();
      readiness = Map.of();
    }
    KnowledgeService bounded = new DeadlineKnowledgeService(service, config.knowledgeTimeout());
    RepairServices repair =
        RepairServices.load(KnowledgeBundle.fromClasspath(), config.calendarDirs());
    DiagnosisService diagnosis = new DiagnosisServiceAdapter(vertx, repair.engine(), clock);
    PlanService plans =
        new PlanServiceAdapter(
            vertx,
            repair.plans(),
            new TemplateDocuments(repair.templates(), repair.plans(), pdfWriter()),
            clock);
    Store store = StoreFactory.open(config, clock);
    onClose("存储", store::close);
    LOG.log(Level.INFO, "存储：{0}", StoreFactory.describe(config));
    AuditLog audit = new AuditLog(store);
    ReminderModule reminders =
        new ReminderModule(
                vertx,
                store,
                audit,
                new LegalPeriods(repair.calendar()),
                clock,
                ReminderModule.Settings.from(config))
            .start();
    onClose("提醒模块", reminders::close);
    ApplicationService applications =
        new ApplicationService(
            store,
            audit,
            repair.plans(),
            repair.rules(),
            new Deadlines(repair.rules(), repair.dates()),
            clock,
            () -> UUID.randomUUID().toString(),
            new ApplicationReminders(reminders.service(), reminders.planner(), clock));
    PrecheckService precheck =
        PrecheckService.create(
            KnowledgeBundle.fromClasspath(),
            PdfBoxPages.opener(),
            TesseractOcr.defaults(),
            Eligibility.fromDiagnosis(repair.engine()),
            clock,
            PRECHECK_WORKERS);
    onClose("材料预审", precheck::close);
    PrecheckHistory precheckHistory = new PrecheckHistory(store, clock);
    PrecheckCases precheckCases =
        new PrecheckCases(precheck, repair.plans(), audit, precheckHistory);
    AssistantService assistant =
        Assistants.create(
            new Assistants.Parts(
                KnowledgeBundle.fromClasspath(),
                repair,
                store,
                audit,
                applications,
                reminders.service(),
                precheckHistory,
                new KnowledgePolicySearch(bounded, config.knowledgeTimeout().toMillis()),
                clock,
                (tenant, sessionId, message) ->
                    reminders
                        .api()
                        .events()
                        .publish(
                            tenant,
                            new InAppEvents.Event(
                                message.id(), "chat.reply", ChatNotices.json(sessionId, message)))),
            (tools, rules) -> responder(config, tools, rules, clock));
    LOG.log(Level.INFO, "智能助手应答：{0}", assistant.responderName());
    grpcServices = new ArrayList<>(grpcServices);
    grpcServices.add(RepairGrpcServices.diagnosis(diagnosis));
    grpcServices.add(RepairGrpcServices.plans(plans));
    JwtTokens tokens = tokens(vertx, config, clock);
    grpcServices.add(ApplicationGrpcService.of(vertx, applications, tokens, clock));
    grpcServices.add(ReminderGrpcService.of(vertx, reminders.service(), audit, tokens));
    grpcServices.add(PrecheckGrpcService.of(vertx, precheckCases, tokens, clock));
    grpcServices.add(AssistantGrpcService.of(vertx, assistant, tokens));

    grpc =
        await(
            GrpcEndpoint.start(vertx, config.host(), config.grpcPort(), grpcServices, readiness),
            "gRPC 端口 " + config.grpcPort());
    onClose("gRPC 服务", () -> awaitShutdown(grpc.shutdown(SHUTDOWN_GRACE)));
    http =
        await(
            HttpGateway.start(
                vertx,
                GatewayRouter.create(
                    vertx,
                    new GatewayRouter.Services(
                        bounded,
                        diagnosis,
                        plans,
                        applications,
                        audit,
                        repair,
                        precheckCases,
                        config.dataDir().resolve("uploads"),
                        assistant),
                    security(tokens, config, clock),
                    registry,
                    clock,
                    reminders.api()),
                config.host(),
                config.httpPort()),
            "HTTP 端口 " + config.httpPort());
    onClose("HTTP 网关", () -> awaitShutdown(http.shutdown(SHUTDOWN_GRACE)));

    if (knowledge != null) {
      knowledge.openInBackground(opener, settings(config));
    }
  }

  private KnowledgeService remote(Vertx vertx, ServerConfig config) {
    GrpcClient client =
        GrpcClient.client(
            vertx,
            new GrpcClientOptions()
                .setScheduleDeadlineAutomatically(true)
                .setMaxMessageSize(MAX_MESSAGE_BYTES));
    onClose("gRPC 客户端", () -> client.close().await());
    HostAndPort addr = config.knowledgeAddr();
    LOG.log(Level.INFO, "知识检索使用远程服务 {0}", addr);
    return new RemoteKnowledgeService(
        client,
        SocketAddress.inetSocketAddress(addr.port(), addr.host()),
        config.knowledgeTimeout());
  }

  /** The assistant's responder: the rule-based one unless a model provider is configured. */
  static Responder responder(
      ServerConfig config, List<AssistantTool> tools, Responder rules, Clock clock) {
    LlmConfig c = config.llm();
    if (!c.configured()) {
      return rules;
    }
    LlmSettings.Provider provider =
        c.provider().equals("ollama") ? LlmSettings.Provider.OLLAMA : LlmSettings.Provider.OPENAI;
    LlmSettings settings =
        LlmSettings.of(provider, c.baseUrl(), c.apiKey(), c.model())
            .withTimeouts(
                c.timeout(),
                LlmSettings.DEFAULT_FIRST_TOKEN_TIMEOUT.compareTo(c.timeout()) < 0
                    ? LlmSettings.DEFAULT_FIRST_TOKEN_TIMEOUT
                    : c.timeout(),
                c.timeout().multipliedBy(2).plusSeconds(5));
    LOG.log(Level.INFO, "智能助手使用模型：{0}", c);
    return LlmResponders.create(settings, rules, tools, Prompts.fromClasspath(), clock);
  }

  /** Bearer tokens signed with the server's key (its file is created on first use). */
  static JwtTokens tokens(Vertx vertx, ServerConfig config, Clock clock) {
    return new JwtTokens(vertx, JwtKeyFile.loadOrCreate(config.jwtKey()), clock);
  }

  /** Authentication with {@code tokens}, and the per-caller rate limits. */
  public static GatewayRouter.Security security(
      JwtTokens tokens, ServerConfig config, Clock clock) {
    return new GatewayRouter.Security(
        new Authentication(tokens),
        new RateLimiter(config.rateLimitPerMinute(), clock),
        new RateLimiter(config.rateLimitPerMinute() * 2, clock));
  }

  /** PDF output of filled templates, with the CJK font of Debian's fonts-wqy-zenhei. */
  private static TemplateDocuments.PdfWriter pdfWriter() {
    MarkdownPdfWriter writer = new MarkdownPdfWriter(Path.of(CJK_FONT));
    return (title, markdown) -> {
      if (!writer.available()) {
        throw new CreditRepairException(
            ErrorCode.PDF_UNAVAILABLE,
            "服务器未安装中文字体（fonts-wqy-zenhei），暂不能生成 PDF，可先下载 Markdown 文本",
            Map.of("font", "fonts-wqy-zenhei"));
      }
      try {
        return writer.write(title, markdown);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** The knowledge settings the server and the {@code index} command use. */
  static KnowledgeSettings settings(ServerConfig config) {
    return new KnowledgeSettings(config.dataDir(), config.corpusDirs(), config.embeddings());
  }

  private static PrometheusMeterRegistry metrics() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }

  private static <T> T await(Future<T> future, String what) {
    try {
      return future.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(what + " 启动失败：" + e.getMessage(), e);
    }
  }

  private static void awaitShutdown(Future<Void> shutdown) throws Exception {
    shutdown.await(SHUTDOWN_GRACE.toMillis() + 5_000, TimeUnit.MILLISECONDS);
  }

  private void onClose(String name, Step step) {
    closeSteps.push(
        () -> {
          try {
            step.close();
          } catch (Exception e) {
            LOG.log(Level.WARNING, "关闭" + name + "时出错", e);
          }
        });
  }

  /** The port the HTTP gateway listens on. */
  public int httpPort() {
    return http.port();
  }

  /** The port the gRPC endpoint listens on. */
  public int grpcPort() {
    return grpc.port();
  }

  /** True once the in-process index is open (always false in remote mode). */
  public boolean knowledgeReady() {
    return knowledge != null && knowledge.ready();
  }

  /** Completes when the in-process module is open (or fails); null in remote mode. */
  public java.util.concurrent.CompletableFuture<?> knowledgeOpened() {
    return knowledge == null ? null : knowledge.opened();
  }

  /**
   * Stops accepting, lets requests in flight finish (bounded by {@link #SHUTDOWN_GRACE}), then
   * closes the HTTP gateway, the gRPC endpoint, the knowledge module and Vert.x, in that order.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    while (!closeSteps.isEmpty()) {
      try {
        closeSteps.pop().close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "关闭时出错", e);
      }
    }
  }
}
