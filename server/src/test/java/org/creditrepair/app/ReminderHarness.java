package org.creditrepair.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.diagnosis.TestCalendars;
import org.creditrepair.gateway.GatewayRouter;
import org.creditrepair.gateway.HttpGateway;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.store.Store;

/**
 * 提醒测试装置：one "server" for reminder tests — its own Vert.x, the given store, the reminder module
 * started on it and (optionally) the gateway router with the module's routes on 127.0.0.1; what
 * {@code Application} will wire, built by hand as GracefulShutdownIT does.
 */
public final class ReminderHarness implements AutoCloseable {
  public final Vertx vertx = Vertx.vertx();
  public final Store store;
  public final AuditLog audit;
  public final ReminderModule module;
  public final Path data;
  private HttpGateway gateway;

  private ReminderHarness(Path data, Store store, ReminderModule.Settings settings, Clock clock) {
    this.data = data;
    this.store = store;
    this.audit = new AuditLog(store);
    this.module =
        new ReminderModule(vertx, store, audit, TestCalendars.periods(), clock, settings).start();
  }

  /** The module on its own (no HTTP). */
  public static ReminderHarness module(
      Path data, Store store, ReminderModule.Settings settings, Clock clock) {
    return new ReminderHarness(data, store, settings, clock);
  }

  /** The module and the gateway with its routes, listening on 127.0.0.1 and a free port. */
  public static ReminderHarness withHttp(
      Path data, Store store, ReminderModule.Settings settings, Clock clock) {
    ReminderHarness h = new ReminderHarness(data, store, settings, clock);
    try {
      h.gateway =
          HttpGateway.start(
                  h.vertx,
                  GatewayRouter.create(
                      h.vertx,
                      new GatewayRouter.Services(null, null, null, null, null, null, null, null),
                      Application.security(
                          Application.tokens(
                              h.vertx, TestServers.config(data, List.of(), false, null), clock),
                          TestServers.config(data, List.of(), false, null),
                          clock),
                      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                      clock,
                      h.module.api()),
                  "127.0.0.1",
                  0)
              .await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      h.close();
      throw new IllegalStateException(e);
    }
    return h;
  }

  public int port() {
    return gateway.port();
  }

  public TestHttp http() {
    return new TestHttp(port());
  }

  /** Graceful HTTP shutdown as Application does it; returns how long it took. */
  public Duration shutdownHttp(Duration grace) throws Exception {
    long start = System.nanoTime();
    gateway.shutdown(grace).await(grace.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    gateway = null;
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** A token of this server's key. */
  public String token(Role role, String subject) {
    return TestServers.token(data, role, subject, Duration.ofHours(1));
  }

  /** Stops the gateway and the module, then Vert.x and the store. */
  @Override
  public void close() {
    module.close();
    if (gateway != null) {
      try {
        gateway.shutdown(Duration.ofSeconds(2)).await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // closing anyway
      }
    }
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // closing anyway
    }
    store.close();
  }
}
