package org.creditrepair.store;

import java.time.Duration;
import java.util.regex.Pattern;

/** 存储命名规则：the names and ids the store accepts, checked before any adapter sees them. */
public final class StoreNames {
  /** Collection, log, list and queue names: lower-case ASCII, digits, '-' and '_'. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** Tenants and statuses: ASCII letters, digits, '.', '-' and '_' (a USCC fits). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Document and item ids: ASCII letters, digits and {@code . _ - :}. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** Idempotency keys and owners: printable ASCII without spaces. */
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

  private StoreNames() {}

  /** Checks a collection, log, list or queue name. */
  public static String name(String what, String value) {
    return check(NAME, what, value);
  }

  /** Checks a tenant (统一社会信用代码) or a status. */
  public static String token(String what, String value) {
    return check(TOKEN, what, value);
  }

  /** Checks a document or queue item id. */
  public static String id(String what, String value) {
    return check(ID, what, value);
  }

  /** Checks an idempotency key or a claim owner. */
  public static String key(String what, String value) {
    return check(KEY, what, value);
  }

  /** Checks a page size against {@link Store#MAX_PAGE}. */
  public static int limit(int limit) {
    if (limit < 1 || limit > Store.MAX_PAGE) {
      throw new IllegalArgumentException("limit 必须在 1–" + Store.MAX_PAGE + " 之间，实际为 " + limit);
    }
    return limit;
  }

  /** A positive lease of at most a day, in milliseconds. */
  public static long leaseMillis(Duration lease) {
    if (lease == null
        || lease.compareTo(Duration.ofMillis(1)) < 0
        || lease.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("lease 必须在 1 毫秒到 1 天之间，实际为 " + lease);
    }
    return lease.toMillis();
  }

  private static String check(Pattern pattern, String what, String value) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " 不合规：\"" + value + "\"（应匹配 " + pattern + "）");
    }
    return value;
  }
}
