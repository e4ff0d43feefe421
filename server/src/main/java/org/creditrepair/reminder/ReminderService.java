package org.creditrepair.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.DeadLetter;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Scheduled;
import org.creditrepair.store.Store;
import org.creditrepair.store.StoreConflictException;
import org.creditrepair.store.StoreNames;

/**
 * 提醒服务：schedules each source's reminders in the store's queue (idempotently: deterministic ids, the
 * same list twice changes nothing), lists an enterprise's upcoming and sent reminders, keeps its
 * push subscriptions, and shows the dead letters to administrators.
 *
 * <p>All state is in the store: the queue {@value #QUEUE}, one document per source in {@value
 * #SOURCES}, subscriptions in {@value #SUBSCRIPTIONS} (tenant = 统一社会信用代码) and a bounded list of
 * sent reminders per tenant.
 */
public final class ReminderService {
  public static final String QUEUE = "reminders";
  static final String SOURCES = "reminder-sources";
  static final String SUBSCRIPTIONS = "push-subscriptions";
  static final String PROGRESS = "reminder-progress";
  static final String ACTIVE = "ACTIVE";
  static final String DELETED = "DELETED";
  static final int MAX_SOURCE_ID = 200;
  static final int MAX_PER_SOURCE = 500;

  private final Store store;
  private final Map<ChannelType, PushChannel> channels;
  private final Clock clock;
  private final ReminderSettings settings;

  public ReminderService(
      Store store, List<PushChannel> channels, Clock clock, ReminderSettings settings) {
    this.store = store;
    this.channels = new LinkedHashMap<>();
    channels.forEach(c -> this.channels.put(c.type(), c));
    this.clock = clock;
    this.settings = settings;
  }

  /** What {@link #replaceForSource} did. */
  public record Replaced(int scheduled, int cancelled, int unchanged) {}

  /**
   * Makes {@code requests} the reminders of {@code tenant}'s source {@code sourceId}: schedules the
   * new ones, cancels scheduled ones no longer asked for (those already due are left to finish),
   * and leaves the rest untouched, so a repeat call changes nothing.
   */
  public Replaced replaceForSource(String tenant, String sourceId, List<ReminderRequest> requests) {
    StoreNames.token("tenant", tenant);
    if (sourceId == null || sourceId.isBlank() || sourceId.length() > MAX_SOURCE_ID) {
      throw new IllegalArgumentException("sourceId 不能为空且不超过 " + MAX_SOURCE_ID + " 个字符");
    }
    if (requests.size() > MAX_PER_SOURCE) {
      throw new IllegalArgumentException("每个来源最多 " + MAX_PER_SOURCE + " 条提醒");
    }
    Map<String, Reminder> wanted = new LinkedHashMap<>();
    for (ReminderRequest r : requests) {
      Reminder reminder = Reminder.of(tenant, sourceId, r);
      wanted.putIfAbsent(reminder.id(), reminder);
    }
    String docId = ReminderIds.source(tenant, sourceId);
    for (int attempt = 1; ; attempt++) {
      Optional<Document> existing = store.get(SOURCES, docId);
      Map<String, Reminder> old = new LinkedHashMap<>();
      existing.ifPresent(
          d -> ReminderJson.sourceReminders(d.body()).forEach(r -> old.put(r.id(), r)));
      if (old.keySet().equals(wanted.keySet())) {
        return new Replaced(0, 0, wanted.size());
      }
      List<Reminder> added =
          wanted.values().stream().filter(r -> !old.containsKey(r.id())).toList();
      Instant now = clock.instant();
      List<Reminder> dropped =
          old.values().stream()
              .filter(r -> !wanted.containsKey(r.id()) && r.dueAt().isAfter(now))
              .toList();
      for (Reminder r : added) {
        store.schedule(
            new Scheduled(
                QUEUE, r.id(), r.dueAt(), ReminderJson.payload(r), settings.maxAttempts()));
      }
      String body = ReminderJson.source(sourceId, List.copyOf(wanted.values()));
      try {
        if (existing.isPresent()) {
          store.update(
              new DocumentChange(SOURCES, docId, existing.get().version(), ACTIVE, body), null);
        } else {
          store.create(new NewDocument(SOURCES, docId, tenant, ACTIVE, body), null);
        }
      } catch (StoreConflictException e) {
        if (attempt >= 5) {
          throw e;
        }
        continue; // someone else replaced the source meanwhile: compute again from theirs
      }
      for (Reminder r : dropped) {
        store.cancel(QUEUE, r.id());
      }
      return new Replaced(added.size(), dropped.size(), wanted.size() - added.size());
    }
  }

  /** {@code tenant}'s upcoming reminders (earliest first) and sent ones (newest first). */
  public ReminderList list(String tenant) {
    StoreNames.token("tenant", tenant);
    List<SentReminder> sent = new ArrayList<>();
    for (String item : store.range(ReminderIds.sentList(tenant))) {
      sent.add(ReminderJson.sent(item));
    }
    sent.sort(Comparator.comparing(SentReminder::at).reversed());
    Set<String> done = new HashSet<>();
    sent.forEach(s -> done.add(s.reminder().id()));
    Instant now = clock.instant();
    List<UpcomingReminder> upcoming = new ArrayList<>();
    for (Document d : store.list(SOURCES, tenant, Optional.empty(), Store.MAX_PAGE)) {
      for (Reminder r : ReminderJson.sourceReminders(d.body())) {
        if (!done.contains(r.id())) {
          upcoming.add(new UpcomingReminder(r, r.dueAt().isAfter(now) ? "SCHEDULED" : "PENDING"));
        }
      }
    }
    upcoming.sort(
        Comparator.comparing((UpcomingReminder u) -> u.reminder().dueAt())
            .thenComparing(u -> u.reminder().id()));
    return new ReminderList(tenant, upcoming, sent);
  }

  /** A subscription to create. */
  public record NewSubscription(
      ChannelType channel, String target, String secret, QuietHours quietHours) {}

  /**
   * Stores a push subscription of {@code tenant} after its channel checked target and secret;
   * TOO_MANY_SUBSCRIPTIONS beyond the per-tenant limit.
   */
  public Subscription subscribe(String tenant, NewSubscription s) {
    StoreNames.token("tenant", tenant);
    PushChannel channel = channels.get(s.channel());
    if (channel == null || s.channel() == ChannelType.IN_APP) {
      throw new CreditRepairException(
          ErrorCode.INVALID_VALUE,
          "channel 只能是 WEBHOOK 或 WECHAT（站内消息无需订阅）",
          Map.of("field", "channel", "allowed", "WEBHOOK,WECHAT"));
    }
    channel.validate(s.target(), s.secret());
    if (subscriptions(tenant).size() >= settings.maxSubscriptions()) {
      throw new CreditRepairException(
          ErrorCode.TOO_MANY_SUBSCRIPTIONS,
          "每个企业最多 " + settings.maxSubscriptions() + " 个推送订阅，请先删除不用的订阅",
          Map.of("max", Integer.toString(settings.maxSubscriptions())));
    }
    Subscription sub =
        new Subscription(
            "sub_" + UUID.randomUUID(),
            tenant,
            s.channel(),
            s.target(),
            s.secret(),
            s.quietHours(),
            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    store.create(
        new NewDocument(SUBSCRIPTIONS, sub.id(), tenant, ACTIVE, ReminderJson.subscription(sub)),
        null);
    return sub;
  }

  /** {@code tenant}'s active subscriptions, newest first. */
  public List<Subscription> subscriptions(String tenant) {
    StoreNames.token("tenant", tenant);
    List<Subscription> out = new ArrayList<>();
    for (Document d : store.list(SUBSCRIPTIONS, tenant, Optional.of(ACTIVE), Store.MAX_PAGE)) {
      out.add(ReminderJson.subscription(d.id(), d.tenant(), d.body()));
    }
    return out;
  }

  /** Ends a subscription of {@code tenant}; NOT_FOUND when it has none with that id. */
  public void unsubscribe(String tenant, String id) {
    Optional<Document> d = validId(id) ? store.get(SUBSCRIPTIONS, id) : Optional.<Document>empty();
    if (d.isEmpty() || !d.get().tenant().equals(tenant) || !d.get().status().equals(ACTIVE)) {
      throw new CreditRepairException(
          ErrorCode.NOT_FOUND, "没有这个推送订阅", Map.of("id", abbreviate(id)));
    }
    try {
      store.update(
          new DocumentChange(SUBSCRIPTIONS, id, d.get().version(), DELETED, d.get().body()), null);
    } catch (StoreConflictException e) {
      unsubscribe(tenant, id);
    }
  }

  /** The newest dead letters of the reminder queue (ADMIN). */
  public List<DeadReminder> deadLetters(int limit) {
    List<DeadReminder> out = new ArrayList<>();
    for (DeadLetter d : store.deadLetters(QUEUE, limit)) {
      Reminder r;
      try {
        r = ReminderJson.reminder(d.payload());
      } catch (RuntimeException unreadable) {
        r = null;
      }
      out.add(new DeadReminder(d.id(), r, d.attempts(), d.reason(), d.at()));
    }
    return out;
  }

  /** The channel of {@code type}, or null. */
  PushChannel channel(ChannelType type) {
    return channels.get(type);
  }

  /** Adds a finished reminder to its tenant's bounded list. */
  void recordDone(SentReminder s) {
    store.push(
        ReminderIds.sentList(s.reminder().tenant()), ReminderJson.sent(s), settings.sentKept());
  }

  private static boolean validId(String id) {
    try {
      StoreNames.id("id", id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }
}
