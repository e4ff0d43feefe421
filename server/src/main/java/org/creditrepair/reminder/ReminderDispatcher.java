package org.creditrepair.reminder;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.creditrepair.store.Claim;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.NackResult;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Scheduled;
import org.creditrepair.store.Store;

/**
 * 提醒派发：claims due reminders from the store queue with a lease, holds them back during the
 * subscriber's quiet hours (without counting an attempt), sends them through every subscription's
 * channel and the in-app stream, acknowledges, and on failure retries with exponential backoff
 * until the store dead-letters the item after its last attempt.
 *
 * <p>All state is in the store, so a restarted dispatcher picks up where the last one stopped, and
 * several dispatchers (one per server) sharing one store each get different items: a claim is
 * exclusive until its lease ends. A delivery is repeated only if a dispatcher dies between sending
 * and acknowledging (receivers can deduplicate on the reminder id).
 */
public final class ReminderDispatcher implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ReminderDispatcher.class.getName());

  /** Longest one {@link #pollOnce()} keeps claiming before it returns. */
  static final Duration POLL_BUDGET = Duration.ofSeconds(5);

  private final Store store;
  private final ReminderService service;
  private final Clock clock;
  private final ReminderSettings settings;
  private final String owner = "dispatcher-" + UUID.randomUUID();
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile boolean closed;

  public ReminderDispatcher(
      Store store, ReminderService service, Clock clock, ReminderSettings settings) {
    this.store = store;
    this.service = service;
    this.clock = clock;
    this.settings = settings;
  }

  /** What happened to one claimed reminder. */
  public enum Outcome {
    SENT,
    RETRY,
    DEAD,
    DEFERRED,
    LOST
  }

  /**
   * Claims and handles due reminders batch after batch until none is due (or {@link #POLL_BUDGET}
   * is spent); returns how many it handled. Blocking: call it on a worker or virtual thread.
   */
  public int pollOnce() {
    long end = System.nanoTime() + POLL_BUDGET.toNanos();
    int handled = 0;
    while (!closed) {
      List<Claim> claims =
          store.claim(ReminderService.QUEUE, owner, settings.lease(), settings.batchSize());
      if (claims.isEmpty()) {
        break;
      }
      handle(claims);
      handled += claims.size();
      if (claims.size() < settings.batchSize() || System.nanoTime() > end) {
        break;
      }
    }
    return handled;
  }

  /** Reminders delivered by this dispatcher so far. */
  public long delivered() {
    return delivered.get();
  }

  /** Deliveries of this dispatcher that failed (retried or dead-lettered). */
  public long failed() {
    return failed.get();
  }

  private void handle(List<Claim> claims) {
    Map<String, List<Subscription>> subscriptions = new HashMap<>();
    List<Future<Outcome>> running = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Reminder r;
      try {
        r = ReminderJson.reminder(c.payload());
      } catch (RuntimeException e) {
        store.nack(c, clock.instant().plus(settings.backoff(c.attempt())), "提醒数据无法解析");
        continue;
      }
      List<Subscription> subs = subscriptions.computeIfAbsent(r.tenant(), service::subscriptions);
      running.add(senders.submit(() -> deliver(c, r, subs)));
    }
    for (Future<Outcome> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "提醒派发出错", e.getCause());
      }
    }
  }

  /** Sends one claimed reminder to each target not served yet, then acks, nacks or defers it. */
  Outcome deliver(Claim claim, Reminder r, List<Subscription> subscriptions) {
    List<Subscription> targets = new ArrayList<>();
    targets.add(Subscription.inApp(r.tenant()));
    targets.addAll(subscriptions);
    Optional<Document> progress =
        claim.attempt() > 1 || claim.payload().contains("\"resumed\"")
            ? store.get(ReminderService.PROGRESS, r.id())
            : Optional.empty();
    Set<String> done = new LinkedHashSet<>();
    progress.ifPresent(p -> done.addAll(ReminderJson.delivered(p.body())));
    int before = done.size();
    Instant now = clock.instant();
    Instant quietUntil = null;
    List<String> failures = new ArrayList<>();
    List<String> reached = new ArrayList<>();
    for (Subscription s : targets) {
      if (done.contains(s.id())) {
        reached.add(s.channel().name());
        continue;
      }
      if (s.quietHours() != null && s.quietHours().contains(now)) {
        Instant until = s.quietHours().endOf(now);
        quietUntil = quietUntil == null || until.isBefore(quietUntil) ? until : quietUntil;
        continue;
      }
      PushChannel channel = service.channel(s.channel());
      try {
        if (channel == null) {
          throw new PushException("服务器未配置渠道 " + s.channel());
        }
        channel.send(s, r);
        done.add(s.id());
        reached.add(s.channel().name());
      } catch (PushException | RuntimeException e) {
        failures.add(s.channel() + " " + s.id() + "：" + e.getMessage());
      }
    }
    boolean unfinished = !failures.isEmpty() || quietUntil != null;
    if (unfinished && done.size() > before) {
      saveProgress(r, progress, done);
    }
    if (!failures.isEmpty()) {
      return fail(claim, r, String.join("；", failures), reached);
    }
    if (quietUntil != null) {
      int remaining = Math.max(1, claim.maxAttempts() - claim.attempt() + 1);
      store.schedule(
          new Scheduled(
              ReminderService.QUEUE, r.id(), quietUntil, resumed(claim.payload()), remaining));
      return Outcome.DEFERRED;
    }
    if (!store.ack(claim)) {
      LOG.log(Level.WARNING, "提醒 {0} 的租约已失效，可能被重复发送", r.id());
      return Outcome.LOST;
    }
    delivered.incrementAndGet();
    service.recordDone(new SentReminder(r, "SENT", clock.instant(), reached, null));
    return Outcome.SENT;
  }

  private Outcome fail(Claim claim, Reminder r, String reason, List<String> reached) {
    failed.incrementAndGet();
    String why = reason.length() > 500 ? reason.substring(0, 500) + "…" : reason;
    Instant retryAt = clock.instant().plus(settings.backoff(claim.attempt()));
    NackResult result = store.nack(claim, retryAt, why);
    if (result == NackResult.DEAD_LETTERED) {
      LOG.log(Level.WARNING, "提醒 {0} 已尝试 {1} 次仍失败，转入死信：{2}", r.id(), claim.attempt(), why);
      service.recordDone(new SentReminder(r, "FAILED", clock.instant(), reached, why));
      return Outcome.DEAD;
    }
    return result == NackResult.RETRY_SCHEDULED ? Outcome.RETRY : Outcome.LOST;
  }

  private void saveProgress(Reminder r, Optional<Document> existing, Set<String> done) {
    String body = ReminderJson.progress(List.copyOf(done));
    if (existing.isPresent()) {
      store.update(
          new DocumentChange(
              ReminderService.PROGRESS, r.id(), existing.get().version(), "OPEN", body),
          null);
    } else {
      store.create(
          new NewDocument(ReminderService.PROGRESS, r.id(), r.tenant(), "OPEN", body), null);
    }
  }

  /** The payload marked so that the next delivery reads the progress document. */
  private static String resumed(String payload) {
    if (payload.contains("\"resumed\"")) {
      return payload;
    }
    return payload.substring(0, payload.lastIndexOf('}')) + ",\"resumed\":true}";
  }

  /** Stops claiming; sends in flight finish. */
  @Override
  public void close() {
    closed = true;
    senders.shutdown();
  }
}
