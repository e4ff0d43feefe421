package org.creditrepair.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;

/** 测试服务器：starts the real server on 127.0.0.1 and free ports over the test corpus. */
public final class TestServers {
  /** The real opener, BM25 or hybrid as the settings say. */
  public static final KnowledgeOpener REAL =
      settings -> KnowledgeModule.open(settings, Clock.systemUTC(), IndexProgress.NONE);

  private TestServers() {}

  /** Settings for a server on 127.0.0.1 with free ports; {@code remote} may be null. */
  public static ServerConfig config(
      Path dataDir, List<Path> corpus, boolean embeddings, HostAndPort remote) {
    return new ServerConfig(
        "127.0.0.1",
        0,
        0,
        dataDir,
        corpus,
        List.of(),
        embeddings,
        remote,
        Duration.ofSeconds(10),
        null,
        null,
        0,
        Duration.ofSeconds(1),
        "https://api.weixin.qq.com",
        "",
        "",
        "",
        List.of());
  }

  /** Gateway security with a throw-away key and no rate limits, for routers built by hand. */
  public static org.creditrepair.gateway.GatewayRouter.Security openSecurity(
      io.vertx.core.Vertx vertx) {
    ServerConfig config =
        config(
            java.nio.file.Path.of(
                System.getProperty("java.io.tmpdir"), "cr-test-" + System.nanoTime()),
            List.of(),
            false,
            null);
    return Application.security(
        Application.tokens(vertx, config, Clock.systemUTC()), config, Clock.systemUTC());
  }

  /** A token signed with the key of the server whose data directory is {@code dataDir}. */
  public static String token(
      Path dataDir, org.creditrepair.shared.auth.Role role, String subject, Duration ttl) {
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    try {
      return new org.creditrepair.gateway.auth.JwtTokens(
              vertx, JwtKeyFile.loadOrCreate(dataDir.resolve("jwt.key")), Clock.systemUTC())
          .mint(role, subject, ttl);
    } finally {
      vertx.close();
    }
  }

  /** {@code c} with the language model {@code llm}. */
  public static ServerConfig withLlm(ServerConfig c, LlmConfig llm) {
    return new ServerConfig(
        c.host(),
        c.httpPort(),
        c.grpcPort(),
        c.dataDir(),
        c.corpusDirs(),
        c.calendarDirs(),
        c.embeddings(),
        c.knowledgeAddr(),
        c.knowledgeTimeout(),
        c.redisUrl(),
        c.jwtKeyFile(),
        c.rateLimitPerMinute(),
        c.reminderPoll(),
        c.wechatApiBase(),
        c.wechatAppId(),
        c.wechatAppSecret(),
        c.wechatTemplateId(),
        c.webhookAllowHosts(),
        llm);
  }

  /** An in-process server over the test corpus with the model {@code llm}, started and ready. */
  public static Application inProcess(Path tmp, LlmConfig llm) throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"));
    Application app =
        Application.start(
            withLlm(config(tmp.resolve("data"), List.of(corpus), false, null), llm),
            Clock.systemUTC(),
            REAL);
    try {
      app.knowledgeOpened().get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      app.close();
      throw e;
    }
    return app;
  }

  /** An in-process server over the test corpus, started and ready. */
  public static Application inProcess(Path tmp, boolean embeddings) throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"));
    Application app =
        Application.start(
            config(tmp.resolve("data"), List.of(corpus), embeddings, null),
            Clock.systemUTC(),
            REAL);
    try {
      app.knowledgeOpened().get(embeddings ? 600 : 120, TimeUnit.SECONDS);
    } catch (Exception e) {
      app.close();
      throw e;
    }
    return app;
  }

  /** A gateway whose knowledge service is the gRPC endpoint on {@code grpcPort}. */
  public static Application remote(Path tmp, int grpcPort) {
    return Application.start(
        config(
            tmp.resolve("remote-data"), List.of(), false, new HostAndPort("127.0.0.1", grpcPort)),
        Clock.systemUTC(),
        REAL);
  }
}
