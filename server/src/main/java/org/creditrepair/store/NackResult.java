package org.creditrepair.store;

/** 失败回报结果：what {@link Store#nack} did with the item. */
public enum NackResult {
  /** Scheduled again for the time given. */
  RETRY_SCHEDULED,
  /** That was the last attempt: the item is now a dead letter. */
  DEAD_LETTERED,
  /** The claim is no longer held (acknowledged, redelivered or cancelled): nothing changed. */
  NOT_HELD
}
