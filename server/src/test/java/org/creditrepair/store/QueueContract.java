package org.creditrepair.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 定时队列契约：due items, exclusive leases, ack, retry, redelivery and dead letters. */
public interface QueueContract extends StoreFixture {
  String Q = "reminders";
  Duration LEASE = Duration.ofSeconds(30);

  private Scheduled item(String id, Duration in, int maxAttempts) {
    return new Scheduled(Q, id, clock().instant().plus(in), "{\"id\":\"" + id + "\"}", maxAttempts);
  }

  private Claim only(List<Claim> claims) {
    assertEquals(1, claims.size(), claims.toString());
    return claims.get(0);
  }

  @Test
  default void should_deliver_items_only_when_due_and_earliest_first() {
    store().schedule(item("later", Duration.ofMinutes(10), 3));
    store().schedule(item("second", Duration.ofSeconds(-5), 3));
    store().schedule(item("first", Duration.ofSeconds(-10), 3));
    Claim c = only(store().claim(Q, "worker-a", LEASE, 1));
    assertEquals("first", c.id());
    assertEquals("{\"id\":\"first\"}", c.payload());
    assertEquals(1, c.attempt());
    assertEquals(3, c.maxAttempts());
    assertEquals("worker-a", c.owner());
    assertEquals(START.plus(LEASE), c.leaseUntil());
    Claim second = only(store().claim(Q, "worker-a", LEASE, 10));
    assertEquals("second", second.id());
    assertEquals(List.of(), store().claim(Q, "worker-a", LEASE, 10));
    assertTrue(store().ack(c));
    assertTrue(store().ack(second));
    clock().advance(Duration.ofMinutes(10));
    assertEquals("later", only(store().claim(Q, "worker-a", Duration.ofHours(1), 10)).id());
    assertEquals(List.of(), store().claim("other-queue", "worker-a", LEASE, 10));
  }

  @Test
  default void should_not_let_a_second_claimant_take_a_leased_item() throws Exception {
    Store second = another();
    store().schedule(item("r-1", Duration.ZERO, 3));
    Claim a = only(store().claim(Q, "server-a", LEASE, 10));
    assertEquals(List.of(), second.claim(Q, "server-b", LEASE, 10));
    clock().advance(LEASE.minusMillis(1));
    assertEquals(List.of(), second.claim(Q, "server-b", LEASE, 10), "lease still running");
    assertTrue(store().ack(a));
    assertFalse(store().ack(a), "a second ack finds nothing");
    clock().advance(Duration.ofHours(1));
    assertEquals(List.of(), second.claim(Q, "server-b", LEASE, 10), "acked items never return");
  }

  @Test
  default void should_redeliver_an_item_whose_lease_ended_without_ack() throws Exception {
    Store second = another();
    store().schedule(item("r-1", Duration.ZERO, 3));
    Claim a = only(store().claim(Q, "server-a", LEASE, 10));
    clock().advance(LEASE);
    Claim b = only(second.claim(Q, "server-b", LEASE, 10));
    assertEquals("r-1", b.id());
    assertEquals(2, b.attempt());
    assertEquals("server-b", b.owner());
    assertFalse(store().ack(a), "the first owner lost its claim when the lease ended");
    assertEquals(NackResult.NOT_HELD, store().nack(a, clock().instant(), "late"));
    assertTrue(second.ack(b));
    assertEquals(List.of(), store().claim(Q, "server-a", LEASE, 10));
  }

  @Test
  default void should_accept_a_late_ack_when_nobody_claimed_the_item_again() {
    store().schedule(item("r-1", Duration.ZERO, 3));
    Claim a = only(store().claim(Q, "server-a", LEASE, 10));
    clock().advance(LEASE.multipliedBy(2));
    assertTrue(store().ack(a), "the work was done; nobody else holds the item");
    assertEquals(List.of(), store().claim(Q, "server-a", LEASE, 10));
  }

  @Test
  default void should_retry_a_failed_delivery_at_the_time_given() {
    store().schedule(item("r-1", Duration.ZERO, 3));
    Claim first = only(store().claim(Q, "server-a", LEASE, 10));
    Instant retryAt = clock().instant().plus(Duration.ofMinutes(2));
    assertEquals(NackResult.RETRY_SCHEDULED, store().nack(first, retryAt, "推送超时"));
    assertEquals(NackResult.NOT_HELD, store().nack(first, retryAt, "twice"));
    clock().advance(Duration.ofMinutes(2).minusMillis(1));
    assertEquals(List.of(), store().claim(Q, "server-a", LEASE, 10), "backing off");
    clock().advance(Duration.ofMillis(1));
    Claim again = only(store().claim(Q, "server-a", LEASE, 10));
    assertEquals(2, again.attempt());
    assertEquals(first.payload(), again.payload());
  }

  @Test
  default void should_dead_letter_an_item_after_its_last_failed_attempt() {
    store().schedule(item("r-1", Duration.ZERO, 3));
    store().schedule(item("r-ok", Duration.ofHours(1), 3));
    for (int attempt = 1; attempt <= 3; attempt++) {
      Claim c = only(store().claim(Q, "server-a", LEASE, 10));
      assertEquals(attempt, c.attempt());
      assertEquals(attempt == 3, c.isLastAttempt());
      Duration backoff = Duration.ofSeconds(10L << attempt);
      NackResult r = store().nack(c, clock().instant().plus(backoff), "推送失败 " + attempt);
      assertEquals(attempt < 3 ? NackResult.RETRY_SCHEDULED : NackResult.DEAD_LETTERED, r);
      clock().advance(backoff);
    }
    Instant deadAt = clock().instant().minus(Duration.ofSeconds(80));
    assertEquals(
        List.of(new DeadLetter(Q, "r-1", "{\"id\":\"r-1\"}", 3, "推送失败 3", deadAt)),
        store().deadLetters(Q, 10));
    clock().advance(Duration.ofHours(1));
    assertEquals("r-ok", only(store().claim(Q, "server-a", LEASE, 10)).id());
    assertEquals(List.of(), store().deadLetters("other-queue", 10));
  }

  @Test
  default void should_dead_letter_an_item_whose_last_lease_ended() {
    store().schedule(item("r-1", Duration.ZERO, 1));
    only(store().claim(Q, "crashed-server", LEASE, 10));
    clock().advance(LEASE);
    assertEquals(List.of(), store().claim(Q, "server-b", LEASE, 10));
    List<DeadLetter> dead = store().deadLetters(Q, 10);
    assertEquals(1, dead.size());
    assertEquals(DeadLetter.LEASE_EXPIRED, dead.get(0).reason());
    assertEquals(1, dead.get(0).attempts());
    assertEquals(clock().instant(), dead.get(0).at());
  }

  @Test
  default void should_list_dead_letters_most_recent_first_up_to_the_limit() {
    for (String id : List.of("d-1", "d-2", "d-3")) {
      store().schedule(item(id, Duration.ZERO, 1));
      Claim c = only(store().claim(Q, "w", LEASE, 10));
      assertEquals(NackResult.DEAD_LETTERED, store().nack(c, clock().instant(), "bad " + id));
      clock().advance(Duration.ofSeconds(1));
    }
    assertEquals(
        List.of("d-3", "d-2"), store().deadLetters(Q, 2).stream().map(DeadLetter::id).toList());
    store().schedule(item("d-3", Duration.ZERO, 2));
    assertEquals(
        List.of("d-2", "d-1"),
        store().deadLetters(Q, 10).stream().map(DeadLetter::id).toList(),
        "scheduling an id again takes it out of the dead letters");
  }

  @Test
  default void should_replace_and_cancel_scheduled_items() {
    store().schedule(item("r-1", Duration.ofHours(1), 3));
    store().schedule(new Scheduled(Q, "r-1", clock().instant(), "{\"v\":2}", 5));
    Claim c = only(store().claim(Q, "w", LEASE, 10));
    assertEquals("{\"v\":2}", c.payload());
    assertEquals(5, c.maxAttempts());
    store().schedule(new Scheduled(Q, "r-1", clock().instant(), "{\"v\":3}", 5));
    assertFalse(store().ack(c), "rescheduling replaced the claimed item");
    Claim fresh = only(store().claim(Q, "w", LEASE, 10));
    assertEquals(1, fresh.attempt());
    assertTrue(store().cancel(Q, "r-1"));
    assertFalse(store().cancel(Q, "r-1"));
    assertFalse(store().ack(fresh));
    clock().advance(Duration.ofDays(1));
    assertEquals(List.of(), store().claim(Q, "w", LEASE, 10));
    assertThrows(IllegalArgumentException.class, () -> store().claim(Q, "w", Duration.ZERO, 1));
    assertThrows(IllegalArgumentException.class, () -> store().claim(Q, "w", LEASE, 0));
  }

  @Test
  default void should_deliver_each_due_item_exactly_once_across_two_instances() throws Exception {
    Store second = another();
    int items = 300;
    for (int i = 0; i < items; i++) {
      store().schedule(item("r-" + i, Duration.ofSeconds(-i % 7), 3));
    }
    Map<String, String> deliveredTo = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    List<Integer> perWorker =
        StoreFixture.concurrently(
            4,
            w -> {
              Store s = w < 2 ? store() : second;
              String owner = (w < 2 ? "server-a-" : "server-b-") + w;
              int mine = 0;
              while (acked.get() < items && System.nanoTime() < deadline) {
                for (Claim c : s.claim(Q, owner, Duration.ofMinutes(5), 7)) {
                  if (deliveredTo.putIfAbsent(c.id(), owner) != null) {
                    duplicates.incrementAndGet();
                  }
                  assertTrue(s.ack(c), "own claim must still be held");
                  acked.incrementAndGet();
                  mine++;
                }
              }
              return mine;
            });
    assertEquals(0, duplicates.get(), "items delivered twice");
    assertEquals(items, deliveredTo.size());
    assertEquals(items, perWorker.stream().mapToInt(Integer::intValue).sum(), "" + perWorker);
    assertEquals(List.of(), second.claim(Q, "server-b-9", LEASE, 10));
    assertEquals(List.of(), store().deadLetters(Q, 10));
  }
}
