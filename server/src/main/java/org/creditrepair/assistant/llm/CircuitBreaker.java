package org.creditrepair.assistant.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * 熔断器：after {@code threshold} consecutive failures the model is not called for {@code cooldown};
 * then one trial call (half-open) decides whether it is closed again or stays open. Thread-safe.
 */
public final class CircuitBreaker {
  /** The breaker's state. */
  public enum State {
    /** 闭合：calls pass. */
    CLOSED,
    /** 断开：calls are refused until the cooldown is over. */
    OPEN,
    /** 半开：one trial call is in flight. */
    HALF_OPEN
  }

  private final int threshold;
  private final Duration cooldown;
  private final Clock clock;
  private State state = State.CLOSED;
  private int failures;
  private Instant openedAt;

  public CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    this.threshold = threshold;
    this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * True when a call may be made now; when the cooldown is over the first caller gets the trial
   * call and others are refused until it reports.
   */
  public synchronized boolean tryAcquire() {
    return switch (state) {
      case CLOSED -> true;
      case HALF_OPEN -> false;
      case OPEN -> {
        if (clock.instant().isBefore(openedAt.plus(cooldown))) {
          yield false;
        }
        state = State.HALF_OPEN;
        yield true;
      }
    };
  }

  /** A permitted call succeeded: the breaker closes. */
  public synchronized void recordSuccess() {
    state = State.CLOSED;
    failures = 0;
    openedAt = null;
  }

  /** A permitted call failed: a failed trial, or the threshold reached, opens the breaker. */
  public synchronized void recordFailure() {
    failures++;
    if (state == State.HALF_OPEN || failures >= threshold) {
      state = State.OPEN;
      openedAt = clock.instant();
    }
  }

  /**
   * A permitted call ended without telling whether the model works (the turn failed elsewhere): a
   * trial is given back, so the next caller makes it.
   */
  public synchronized void abandon() {
    if (state == State.HALF_OPEN) {
      state = State.OPEN;
    }
  }

  /** The state as of now (an open breaker whose cooldown is over still reads OPEN). */
  public synchronized State state() {
    return state;
  }
}
