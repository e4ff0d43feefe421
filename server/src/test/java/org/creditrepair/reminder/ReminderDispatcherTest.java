package org.creditrepair.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.store.MutableClock;
import org.creditrepair.store.Store;
import org.creditrepair.store.embedded.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 提醒派发 against the embedded store: once, retries with backoff, dead letters, quiet hours. */
class ReminderDispatcherTest {
  static final String A = "91330100MA2XXXXX1A";
  static final Instant START = Instant.parse("2026-03-02T01:00:00Z"); // 09:00 Shanghai

  @TempDir Path tmp;
  MutableClock clock;
  Store store;
  InAppEvents events;
  List<InAppEvents.Event> inApp;
  FakeWebhook webhook;

  /** A webhook stand-in that fails its first {@code failures} calls per target. */
  static final class FakeWebhook implements PushChannel {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Map<String, Integer> failuresByTarget = new ConcurrentHashMap<>();
    volatile int failures;

    @Override
    public ChannelType type() {
      return ChannelType.WEBHOOK;
    }

    @Override
    public void validate(String target, String secret) {}

    @Override
    public void send(Subscription s, Reminder r) throws PushException {
      int n = calls.computeIfAbsent(s.target(), k -> new AtomicInteger()).incrementAndGet();
      if (n <= failuresByTarget.getOrDefault(s.target(), failures)) {
        throw new PushException("HTTP 503 (call " + n + ")");
      }
    }

    int calls(String target) {
      AtomicInteger n = calls.get(target);
      return n == null ? 0 : n.get();
    }
  }

  @BeforeEach
  void open() {
    clock = new MutableClock(START);
    store = SqliteStore.open(tmp.resolve("store"), clock);
    events = new InAppEvents();
    inApp = new CopyOnWriteArrayList<>();
    events.subscribe(
        A,
        new InAppEvents.Listener() {
          @Override
          public void onEvent(InAppEvents.Event e) {
            inApp.add(e);
          }

          @Override
          public void onClose() {}
        });
    webhook = new FakeWebhook();
  }

  @AfterEach
  void close() {
    store.close();
  }

  ReminderService service(ReminderSettings settings) {
    return new ReminderService(store, List.of(new InAppChannel(events), webhook), clock, settings);
  }

  static ReminderRequest request(String title, Instant due) {
    return new ReminderRequest(ReminderKind.SUPPLEMENT_DUE, due, title, "请于截止日前补正材料。", Map.of());
  }

  static ReminderSettings settings(int attempts) {
    return ReminderSettings.defaults()
        .withRetries(attempts, Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  @Test
  void should_deliver_a_due_reminder_exactly_once_to_every_channel() {
    ReminderService service = service(settings(3));
    service.subscribe(
        A, new ReminderService.NewSubscription(ChannelType.WEBHOOK, "hook-1", "s", null));
    service.replaceForSource(
        A, "application:app_1", List.of(request("补正", START.plusSeconds(3600))));
    ReminderDispatcher d = new ReminderDispatcher(store, service, clock, settings(3));
    assertEquals(0, d.pollOnce(), "not due yet");
    assertEquals(1, service.list(A).upcoming().size());
    assertEquals("SCHEDULED", service.list(A).upcoming().get(0).status());
    clock.advance(Duration.ofHours(1));
    assertEquals(1, d.pollOnce());
    assertEquals(0, d.pollOnce());
    assertEquals(1, webhook.calls("hook-1"));
    assertEquals(1, inApp.size());
    ReminderList list = service.list(A);
    assertEquals(0, list.upcoming().size());
    assertEquals(1, list.sent().size());
    assertEquals("SENT", list.sent().get(0).status());
    assertEquals(List.of("IN_APP", "WEBHOOK"), list.sent().get(0).channels());
  }

  @Test
  void should_retry_with_exponential_backoff_then_dead_letter() {
    ReminderService service = service(settings(3));
    service.subscribe(
        A, new ReminderService.NewSubscription(ChannelType.WEBHOOK, "down", "s", null));
    webhook.failures = 100;
    service.replaceForSource(A, "application:app_2", List.of(request("补正", START)));
    ReminderDispatcher d = new ReminderDispatcher(store, service, clock, settings(3));
    assertEquals(1, d.pollOnce());
    assertEquals(1, webhook.calls("down"));
    clock.advance(Duration.ofSeconds(29));
    assertEquals(0, d.pollOnce(), "first retry after 30 s");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(1, d.pollOnce());
    clock.advance(Duration.ofSeconds(59));
    assertEquals(0, d.pollOnce(), "second retry after 60 s");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(1, d.pollOnce());
    assertEquals(3, webhook.calls("down"));
    clock.advance(Duration.ofHours(2));
    assertEquals(0, d.pollOnce(), "a dead letter is not delivered again");
    List<DeadReminder> dead = service.deadLetters(10);
    assertEquals(1, dead.size());
    assertEquals(3, dead.get(0).attempts());
    assertTrue(dead.get(0).reason().contains("HTTP 503"), dead.get(0).reason());
    assertEquals(A, dead.get(0).reminder().tenant());
    assertEquals(1, inApp.size(), "the in-app stream got it once, not on every retry");
    SentReminder failed = service.list(A).sent().get(0);
    assertEquals("FAILED", failed.status());
    assertEquals(List.of("IN_APP"), failed.channels());
  }

  @Test
  void should_not_repeat_a_channel_that_succeeded_when_another_is_retried() {
    ReminderService service = service(settings(5));
    service.subscribe(A, new ReminderService.NewSubscription(ChannelType.WEBHOOK, "ok", "s", null));
    service.subscribe(
        A, new ReminderService.NewSubscription(ChannelType.WEBHOOK, "flaky", "s", null));
    webhook.failuresByTarget.put("flaky", 2);
    webhook.failuresByTarget.put("ok", 0);
    service.replaceForSource(A, "plan:pl_1", List.of(request("步骤", START)));
    ReminderDispatcher d = new ReminderDispatcher(store, service, clock, settings(5));
    for (int i = 0; i < 3; i++) {
      d.pollOnce();
      clock.advance(Duration.ofMinutes(5));
    }
    assertEquals(3, webhook.calls("flaky"));
    assertEquals(1, webhook.calls("ok"));
    assertEquals(1, inApp.size());
    assertEquals("SENT", service.list(A).sent().get(0).status());
  }

  @Test
  void should_wait_for_quiet_hours_to_end_without_counting_an_attempt() {
    ReminderService service = service(settings(1));
    service.subscribe(
        A,
        new ReminderService.NewSubscription(
            ChannelType.WEBHOOK, "night", "s", QuietHours.parse("22:00", "08:00", null)));
    Instant elevenPm = Instant.parse("2026-03-02T15:00:00Z");
    service.replaceForSource(A, "application:app_3", List.of(request("补正", elevenPm)));
    ReminderDispatcher d = new ReminderDispatcher(store, service, clock, settings(1));
    clock.advance(Duration.between(START, elevenPm));
    assertEquals(1, d.pollOnce());
    assertEquals(0, webhook.calls("night"), "held back at 23:00");
    assertEquals(1, inApp.size(), "in-app notifications are not held back");
    assertEquals("PENDING", service.list(A).upcoming().get(0).status());
    clock.advance(Duration.ofHours(9).minusMinutes(1)); // 07:59
    assertEquals(0, d.pollOnce());
    clock.advance(Duration.ofMinutes(1)); // 08:00
    assertEquals(1, d.pollOnce());
    assertEquals(1, webhook.calls("night"));
    assertEquals(1, inApp.size());
    assertEquals(0, service.deadLetters(10).size(), "the deferral used none of its one attempt");
    assertEquals("SENT", service.list(A).sent().get(0).status());
  }

  @Test
  void should_change_nothing_on_a_repeat_replace_and_cancel_what_was_dropped() {
    ReminderService service = service(settings(3));
    List<ReminderRequest> two =
        List.of(request("一", START.plusSeconds(60)), request("二", START.plusSeconds(120)));
    assertEquals(new ReminderService.Replaced(2, 0, 0), service.replaceForSource(A, "s", two));
    assertEquals(new ReminderService.Replaced(0, 0, 2), service.replaceForSource(A, "s", two));
    assertEquals(
        new ReminderService.Replaced(0, 1, 1), service.replaceForSource(A, "s", two.subList(0, 1)));
    clock.advance(Duration.ofMinutes(5));
    ReminderDispatcher d = new ReminderDispatcher(store, service, clock, settings(3));
    assertEquals(1, d.pollOnce(), "the dropped reminder was cancelled");
    assertTrue(inApp.get(0).json().contains("\"title\":\"一\""), inApp.get(0).json());
    assertEquals(0, service.list(A).upcoming().size());
    assertEquals(
        new ReminderService.Replaced(0, 0, 1), service.replaceForSource(A, "s", two.subList(0, 1)));
    assertEquals(0, d.pollOnce(), "a sent reminder is not sent again by a repeat replace");
  }

  @Test
  void should_keep_subscriptions_per_enterprise_and_delete_them() {
    ReminderService service = service(settings(3));
    Subscription s =
        service.subscribe(
            A, new ReminderService.NewSubscription(ChannelType.WEBHOOK, "h", "s", null));
    assertEquals(List.of(s.id()), service.subscriptions(A).stream().map(Subscription::id).toList());
    assertEquals(List.of(), service.subscriptions("91330100MA2YYYYY2B"));
    org.junit.jupiter.api.Assertions.assertThrows(
        org.creditrepair.shared.CreditRepairException.class,
        () -> service.unsubscribe("91330100MA2YYYYY2B", s.id()));
    service.unsubscribe(A, s.id());
    assertEquals(List.of(), service.subscriptions(A));
  }
}
