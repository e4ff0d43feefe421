package org.creditrepair.store;

import static org.creditrepair.store.StoreFixture.conflictOf;
import static org.creditrepair.store.StoreFixture.counter;
import static org.creditrepair.store.StoreFixture.counterOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.StoreConflictException.Kind;
import org.junit.jupiter.api.Test;

/** 文档契约：versioned documents, compare-and-set, idempotency keys and per-tenant listing. */
public interface DocumentContract extends StoreFixture {
  private NewDocument draft(String id, String tenant, String body) {
    return new NewDocument(APPS, id, tenant, "DRAFT", body);
  }

  @Test
  default void should_create_a_document_as_version_1_and_read_it_back() {
    String body = "{\"enterprise\":\"杭州某某科技有限公司\",\"records\":[]}";
    Written w = store().create(draft("app-1", TENANT_A, body), null);
    assertFalse(w.replayed());
    Document d = store().get(APPS, "app-1").orElseThrow();
    assertEquals(w.document(), d);
    assertEquals(1, d.version());
    assertEquals(body, d.body());
    assertEquals(TENANT_A, d.tenant());
    assertEquals("DRAFT", d.status());
    assertEquals(START, d.createdAt());
    assertEquals(START, d.updatedAt());
    assertEquals(Optional.empty(), store().get(APPS, "app-2"));
    assertEquals(Optional.empty(), store().get("other", "app-1"), "collections are separate");
  }

  @Test
  default void should_refuse_to_create_an_id_that_exists() {
    store().create(draft("app-1", TENANT_A, counter(0)), null);
    assertEquals(
        Kind.ALREADY_EXISTS,
        conflictOf(() -> store().create(draft("app-1", TENANT_B, counter(9)), null)));
    assertEquals(counter(0), store().get(APPS, "app-1").orElseThrow().body());
  }

  @Test
  default void should_return_the_original_result_when_a_create_is_replayed() {
    Idempotency key = new Idempotency("key-1", counter(1));
    Written first = store().create(draft("app-1", TENANT_A, counter(1)), key);
    clock().advance(Duration.ofSeconds(5));
    // The retried request gets a new server-generated id; the key maps it to the first result.
    Written replay = store().create(draft("app-2", TENANT_A, counter(1)), key);
    assertTrue(replay.replayed());
    assertEquals(first.document(), replay.document());
    assertEquals(Optional.empty(), store().get(APPS, "app-2"));
    assertEquals(1, store().list(APPS, TENANT_A, Optional.empty(), 10).size());
  }

  @Test
  default void should_refuse_a_replayed_key_with_a_different_body() {
    store().create(draft("app-1", TENANT_A, counter(1)), new Idempotency("key-1", counter(1)));
    assertEquals(
        Kind.IDEMPOTENCY_KEY_REUSED,
        conflictOf(
            () ->
                store()
                    .create(
                        draft("app-2", TENANT_A, counter(2)),
                        new Idempotency("key-1", counter(2)))));
    assertEquals(Optional.empty(), store().get(APPS, "app-2"));
  }

  @Test
  default void should_scope_idempotency_keys_to_the_tenant() {
    Idempotency key = new Idempotency("same-key", counter(1));
    Written a = store().create(draft("app-a", TENANT_A, counter(1)), key);
    Written b = store().create(draft("app-b", TENANT_B, counter(1)), key);
    assertFalse(b.replayed(), "another tenant's key must never return tenant A's document");
    assertEquals("app-a", a.document().id());
    assertEquals("app-b", b.document().id());
    assertEquals(TENANT_B, store().get(APPS, "app-b").orElseThrow().tenant());
  }

  @Test
  default void should_create_once_when_the_same_key_is_replayed_concurrently() throws Exception {
    Store second = another();
    Idempotency key = new Idempotency("key-race", counter(1));
    List<Written> results =
        StoreFixture.concurrently(
            8,
            i ->
                (i % 2 == 0 ? store() : second)
                    .create(draft("app-" + i, TENANT_A, counter(1)), key));
    Set<String> ids = results.stream().map(w -> w.document().id()).collect(Collectors.toSet());
    assertEquals(1, ids.size(), "every caller gets the same document: " + ids);
    assertEquals(1, results.stream().filter(w -> !w.replayed()).count());
    assertEquals(1, store().list(APPS, TENANT_A, Optional.empty(), 100).size());
  }

  @Test
  default void should_update_only_from_the_expected_version() {
    store().create(draft("app-1", TENANT_A, counter(0)), null);
    clock().advance(Duration.ofMinutes(1));
    Written w = store().update(new DocumentChange(APPS, "app-1", 1, "SUBMITTED", counter(1)), null);
    assertEquals(2, w.document().version());
    assertEquals("SUBMITTED", w.document().status());
    assertEquals(START, w.document().createdAt());
    assertEquals(START.plus(Duration.ofMinutes(1)), w.document().updatedAt());
    StoreConflictException stale =
        assertThrows(
            StoreConflictException.class,
            () -> store().update(new DocumentChange(APPS, "app-1", 1, "DRAFT", counter(9)), null));
    assertEquals(Kind.VERSION_CONFLICT, stale.kind());
    assertEquals(2, stale.currentVersion());
    assertEquals("2", stale.details().get("currentVersion"));
    assertEquals(w.document(), store().get(APPS, "app-1").orElseThrow());
  }

  @Test
  default void should_report_not_found_when_updating_a_missing_document() {
    CreditRepairException e =
        assertThrows(
            CreditRepairException.class,
            () -> store().update(new DocumentChange(APPS, "nope", 1, "DRAFT", "{}"), null));
    assertEquals(ErrorCode.NOT_FOUND, e.code());
    assertFalse(e instanceof StoreConflictException);
  }

  @Test
  default void should_let_exactly_one_of_many_concurrent_updates_win_per_version()
      throws Exception {
    Store second = another();
    store().create(draft("app-1", TENANT_A, counter(0)), null);
    int threads = 6;
    int rounds = 15;
    CyclicBarrier barrier = new CyclicBarrier(threads);
    List<int[]> outcomes =
        StoreFixture.concurrently(
            threads,
            t -> {
              Store s = t % 2 == 0 ? store() : second;
              int[] wins = new int[rounds];
              for (int r = 0; r < rounds; r++) {
                barrier.await(30, TimeUnit.SECONDS); // everyone finished round r - 1
                Document seen = s.get(APPS, "app-1").orElseThrow();
                barrier.await(30, TimeUnit.SECONDS); // everyone read the same version
                try {
                  s.update(
                      new DocumentChange(
                          APPS, "app-1", seen.version(), "DRAFT", counter(counterOf(seen) + 1)),
                      null);
                  wins[r] = 1;
                } catch (StoreConflictException e) {
                  assertEquals(Kind.VERSION_CONFLICT, e.kind());
                  assertEquals(seen.version() + 1, e.currentVersion());
                }
              }
              return wins;
            });
    for (int r = 0; r < rounds; r++) {
      int round = r;
      assertEquals(1, outcomes.stream().mapToInt(w -> w[round]).sum(), "winners of round " + r);
    }
    Document last = store().get(APPS, "app-1").orElseThrow();
    assertEquals(1 + rounds, last.version());
    assertEquals(rounds, counterOf(last));
  }

  @Test
  default void should_lose_no_update_when_writers_retry_on_conflict() throws Exception {
    Store second = another();
    store().create(draft("app-1", TENANT_A, counter(0)), null);
    int threads = 6;
    int increments = 10;
    List<Integer> conflicts =
        StoreFixture.concurrently(
            threads,
            t -> {
              Store s = t % 2 == 0 ? store() : second;
              int lost = 0;
              for (int done = 0; done < increments; ) {
                Document d = s.get(APPS, "app-1").orElseThrow();
                try {
                  s.update(
                      new DocumentChange(
                          APPS, "app-1", d.version(), "DRAFT", counter(counterOf(d) + 1)),
                      null);
                  done++;
                } catch (StoreConflictException e) {
                  lost++;
                }
              }
              return lost;
            });
    Document last = store().get(APPS, "app-1").orElseThrow();
    assertEquals(threads * increments, counterOf(last), "conflicts seen: " + conflicts);
    assertEquals(1 + threads * increments, last.version());
  }

  @Test
  default void should_replay_an_idempotent_transition_after_the_document_moved_on() {
    store().create(draft("app-1", TENANT_A, counter(0)), null);
    String request = "{\"to\":\"SUBMITTED\",\"note\":\"已提交\"}";
    Idempotency key = new Idempotency("transition-1", request);
    Written first =
        store().update(new DocumentChange(APPS, "app-1", 1, "SUBMITTED", counter(1)), key);
    store().update(new DocumentChange(APPS, "app-1", 2, "ACCEPTED", counter(2)), null);
    // The client retries the same transition: the server recomputes from the current version.
    Written replay =
        store().update(new DocumentChange(APPS, "app-1", 3, "SUBMITTED", counter(3)), key);
    assertTrue(replay.replayed());
    assertEquals(first.document(), replay.document());
    assertEquals(3, store().get(APPS, "app-1").orElseThrow().version());
    assertEquals(
        Kind.IDEMPOTENCY_KEY_REUSED,
        conflictOf(
            () ->
                store()
                    .update(
                        new DocumentChange(APPS, "app-1", 3, "REJECTED", counter(4)),
                        new Idempotency("transition-1", "{\"to\":\"REJECTED\"}"))));
    assertEquals(
        Kind.IDEMPOTENCY_KEY_REUSED,
        conflictOf(
            () ->
                store()
                    .create(
                        draft("app-9", TENANT_A, request),
                        new Idempotency("transition-1", request))),
        "a transition's key cannot be replayed as a create");
  }

  @Test
  default void should_list_only_the_tenants_documents_newest_first() {
    for (int i = 1; i <= 5; i++) {
      store().create(draft("a-" + i, TENANT_A, counter(i)), null);
      store().create(draft("b-" + i, TENANT_B, counter(i)), null);
      clock().advance(Duration.ofSeconds(1));
    }
    store().create(new NewDocument("other", "a-9", TENANT_A, "DRAFT", "{}"), null);
    List<String> a = ids(store().list(APPS, TENANT_A, Optional.empty(), 10));
    assertEquals(List.of("a-5", "a-4", "a-3", "a-2", "a-1"), a);
    assertEquals(List.of("b-5", "b-4"), ids(store().list(APPS, TENANT_B, Optional.empty(), 2)));
    assertEquals(List.of(), store().list(APPS, "91110000NOBODY000X", Optional.empty(), 10));
  }

  @Test
  default void should_filter_the_listing_by_current_status() {
    for (int i = 1; i <= 4; i++) {
      store().create(draft("a-" + i, TENANT_A, counter(i)), null);
      clock().advance(Duration.ofSeconds(1));
    }
    store().update(new DocumentChange(APPS, "a-1", 1, "SUBMITTED", counter(1)), null);
    store().update(new DocumentChange(APPS, "a-3", 1, "SUBMITTED", counter(3)), null);
    store().update(new DocumentChange(APPS, "a-3", 2, "SUBMITTED", counter(33)), null);
    List<Document> submitted = store().list(APPS, TENANT_A, Optional.of("SUBMITTED"), 10);
    assertEquals(List.of("a-3", "a-1"), ids(submitted));
    assertEquals(counter(33), submitted.get(0).body());
    assertEquals(
        List.of("a-4", "a-2"), ids(store().list(APPS, TENANT_A, Optional.of("DRAFT"), 10)));
    assertEquals(List.of(), store().list(APPS, TENANT_B, Optional.of("SUBMITTED"), 10));
    assertEquals(4, store().list(APPS, TENANT_A, Optional.empty(), 10).size());
  }

  @Test
  default void should_break_ties_of_creation_time_by_id() {
    for (String id : List.of("x-2", "x-10", "x-1")) {
      store().create(draft(id, TENANT_A, "{}"), null);
    }
    assertEquals(
        List.of("x-2", "x-10", "x-1"), ids(store().list(APPS, TENANT_A, Optional.empty(), 10)));
  }

  @Test
  default void should_refuse_bad_names_and_limits() {
    assertThrows(IllegalArgumentException.class, () -> store().get("Apps!", "a"));
    assertThrows(IllegalArgumentException.class, () -> store().get(APPS, "a b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> store().list(APPS, "tenant:with:colons", Optional.empty(), 10));
    assertThrows(
        IllegalArgumentException.class, () -> store().list(APPS, TENANT_A, Optional.empty(), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> store().list(APPS, TENANT_A, Optional.empty(), Store.MAX_PAGE + 1));
    assertThrows(
        IllegalArgumentException.class, () -> new Idempotency("key with space", "request"));
  }

  private static List<String> ids(List<Document> docs) {
    return docs.stream().map(Document::id).toList();
  }
}
