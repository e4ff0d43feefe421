package org.creditrepair.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.assistant.llm.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  final LlmResponderTest.MutableClock clock =
      new LlmResponderTest.MutableClock(Instant.parse("2026-03-02T00:00:00Z"));
  final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

  @Test
  void should_stay_closed_below_the_threshold() {
    breaker.recordFailure();
    breaker.recordFailure();
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void should_count_only_consecutive_failures() {
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    assertEquals(State.CLOSED, breaker.state());
  }

  @Test
  void should_open_at_the_threshold_and_refuse_until_the_cooldown_is_over() {
    open();
    assertEquals(State.OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofSeconds(29));
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(breaker.tryAcquire());
    assertEquals(State.HALF_OPEN, breaker.state());
  }

  @Test
  void should_allow_one_trial_when_half_open_and_close_on_its_success() {
    open();
    clock.advance(Duration.ofSeconds(30));
    assertTrue(breaker.tryAcquire());
    assertFalse(breaker.tryAcquire(), "one trial at a time");
    breaker.recordSuccess();
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void should_open_again_for_a_full_cooldown_when_the_trial_fails() {
    open();
    clock.advance(Duration.ofSeconds(30));
    assertTrue(breaker.tryAcquire());
    breaker.recordFailure();
    assertEquals(State.OPEN, breaker.state());
    clock.advance(Duration.ofSeconds(29));
    assertFalse(breaker.tryAcquire());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void should_give_an_abandoned_trial_to_the_next_caller() {
    open();
    clock.advance(Duration.ofSeconds(30));
    assertTrue(breaker.tryAcquire());
    breaker.abandon();
    assertEquals(State.OPEN, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void should_grant_exactly_one_trial_to_concurrent_callers() throws Exception {
    open();
    clock.advance(Duration.ofSeconds(30));
    AtomicInteger granted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 64; i++) {
      pool.execute(
          () -> {
            if (breaker.tryAcquire()) {
              granted.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
    assertEquals(1, granted.get());
  }

  @Test
  void should_reject_a_threshold_below_one() {
    assertThrows(
        IllegalArgumentException.class, () -> new CircuitBreaker(0, Duration.ofSeconds(1), clock));
  }

  private void open() {
    for (int i = 0; i < 3; i++) {
      assertTrue(breaker.tryAcquire());
      breaker.recordFailure();
    }
  }
}
