package org.creditrepair.app;

import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.reminder.InAppChannel;
import org.creditrepair.reminder.InAppEvents;
import org.creditrepair.reminder.ReminderApi;
import org.creditrepair.reminder.ReminderDispatcher;
import org.creditrepair.reminder.ReminderPlanner;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.reminder.ReminderSettings;
import org.creditrepair.reminder.push.WeChatChannel;
import org.creditrepair.reminder.push.WeChatSettings;
import org.creditrepair.reminder.push.WebhookChannel;
import org.creditrepair.reminder.push.WebhookTargets;
import org.creditrepair.shared.calendar.LegalPeriods;
import org.creditrepair.store.Store;

/**
 * 提醒模块：the reminder planner, service, channels (signed webhook, WeChat subscribe message, in-app
 * stream) and the dispatcher, which polls the store on a Vert.x worker thread from {@link #start()}
 * until {@link #close()}; the store stays the caller's to close.
 */
public final class ReminderModule implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ReminderModule.class.getName());

  /**
   * 模块设置.
   *
   * @param dispatch dispatcher settings (poll interval, retries, lease)
   * @param webhookAllowHosts hosts webhooks may reach even when internal (empty = public hosts)
   * @param wechat WeChat mini-program API settings
   * @param webhookTimeout deadline of each webhook call
   * @param heartbeat SSE comment heartbeat interval
   */
  public record Settings(
      ReminderSettings dispatch,
      List<String> webhookAllowHosts,
      WeChatSettings wechat,
      Duration webhookTimeout,
      Duration heartbeat) {
    public Settings {
      Objects.requireNonNull(dispatch, "dispatch");
      webhookAllowHosts = List.copyOf(webhookAllowHosts);
      Objects.requireNonNull(wechat, "wechat");
      Objects.requireNonNull(webhookTimeout, "webhookTimeout");
      Objects.requireNonNull(heartbeat, "heartbeat");
    }

    /**
     * The settings of {@code CR_REMINDER_POLL_MS}, {@code CR_WECHAT_*}, {@code
     * CR_WEBHOOK_ALLOW_HOSTS}.
     */
    public static Settings from(ServerConfig c) {
      return new Settings(
          ReminderSettings.defaults().withPollInterval(c.reminderPoll()),
          c.webhookAllowHosts(),
          WeChatSettings.of(
              c.wechatApiBase(), c.wechatAppId(), c.wechatAppSecret(), c.wechatTemplateId()),
          Duration.ofSeconds(10),
          ReminderApi.HEARTBEAT);
    }

    /** Defaults with this dispatch setting and allow-list, WeChat off. */
    public static Settings of(ReminderSettings dispatch, List<String> allowHosts) {
      return new Settings(
          dispatch,
          allowHosts,
          WeChatSettings.of(null, "", "", ""),
          Duration.ofSeconds(10),
          ReminderApi.HEARTBEAT);
    }

    public Settings withWeChat(WeChatSettings w) {
      return new Settings(dispatch, webhookAllowHosts, w, webhookTimeout, heartbeat);
    }

    public Settings withHeartbeat(Duration d) {
      return new Settings(dispatch, webhookAllowHosts, wechat, webhookTimeout, d);
    }
  }

  private final Vertx vertx;
  private final Settings settings;
  private final InAppEvents events = new InAppEvents();
  private final WebhookChannel webhook;
  private final WeChatChannel wechat;
  private final ReminderService service;
  private final ReminderPlanner planner;
  private final ReminderDispatcher dispatcher;
  private final ReminderApi api;
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean closed;
  private volatile long timer = -1;
  private volatile CompletableFuture<Void> polling = CompletableFuture.completedFuture(null);

  public ReminderModule(
      Vertx vertx,
      Store store,
      AuditLog audit,
      LegalPeriods periods,
      Clock clock,
      Settings settings) {
    this.vertx = vertx;
    this.settings = settings;
    this.webhook =
        new WebhookChannel(
            WebhookTargets.of(settings.webhookAllowHosts()), clock, settings.webhookTimeout());
    this.wechat = new WeChatChannel(settings.wechat(), clock);
    this.service =
        new ReminderService(
            store, List.of(new InAppChannel(events), webhook, wechat), clock, settings.dispatch());
    this.planner = new ReminderPlanner(periods, clock);
    this.dispatcher = new ReminderDispatcher(store, service, clock, settings.dispatch());
    this.api = new ReminderApi(service, events, audit, clock, settings.heartbeat());
    if (settings.wechat().configured()) {
      LOG.log(Level.INFO, "微信订阅消息经由 {0} 发送", settings.wechat().baseUrl());
    }
  }

  /** Starts polling the queue every {@code pollInterval} (at once again while items are due). */
  public ReminderModule start() {
    if (started.compareAndSet(false, true)) {
      next(1);
    }
    return this;
  }

  private void next(long delayMs) {
    if (!closed) {
      timer = vertx.setTimer(Math.max(1, delayMs), id -> poll());
    }
  }

  private void poll() {
    if (closed) {
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    polling = done;
    vertx
        .executeBlocking(dispatcher::pollOnce, false)
        .onComplete(
            ar -> {
              done.complete(null);
              if (ar.failed()) {
                LOG.log(Level.WARNING, "提醒派发轮询失败，稍后重试", ar.cause());
              }
              boolean busy = ar.succeeded() && ar.result() > 0;
              next(busy ? 1 : settings.dispatch().pollInterval().toMillis());
            });
  }

  public ReminderService service() {
    return service;
  }

  public ReminderPlanner planner() {
    return planner;
  }

  public ReminderDispatcher dispatcher() {
    return dispatcher;
  }

  public InAppEvents events() {
    return events;
  }

  /** What the gateway's reminder routes need. */
  public ReminderApi api() {
    return api;
  }

  /** Stops polling, waits for the poll in flight, ends SSE streams and releases the channels. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    vertx.cancelTimer(timer);
    try {
      polling.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "等待提醒派发结束超时", e);
    }
    dispatcher.close();
    events.close();
    webhook.close();
    wechat.close();
  }
}
