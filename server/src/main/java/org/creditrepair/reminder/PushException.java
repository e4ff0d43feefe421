package org.creditrepair.reminder;

/** 推送失败：a delivery that did not succeed; the reason is recorded with the retry or dead letter. */
public final class PushException extends Exception {
  public PushException(String reason) {
    super(reason);
  }

  public PushException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
