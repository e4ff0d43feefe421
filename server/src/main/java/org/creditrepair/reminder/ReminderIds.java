package org.creditrepair.reminder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 提醒标识：deterministic ids, so that deriving the same reminders again yields the same ids and changes
 * nothing.
 */
public final class ReminderIds {
  private ReminderIds() {}

  /** {@code rem-} + SHA-256 over tenant, source, kind, due time (ms) and title. */
  public static String reminder(String tenant, String sourceId, ReminderRequest r) {
    return "rem-"
        + hash(
            tenant, sourceId, r.kind().name(), Long.toString(r.dueAt().toEpochMilli()), r.title());
  }

  /** The id of the document listing a source's reminders. */
  public static String source(String tenant, String sourceId) {
    return "src-" + hash(tenant, sourceId);
  }

  /** The store list holding a tenant's sent reminders (names are lower-case). */
  public static String sentList(String tenant) {
    return "reminder-sent-" + hash(tenant).substring(0, 32);
  }

  static String hash(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(p.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
