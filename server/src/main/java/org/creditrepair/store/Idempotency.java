package org.creditrepair.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * 幂等键：a client's {@code Idempotency-Key} and the request it came with; a replay with the same key
 * and request returns the first result, the same key with another request is refused.
 *
 * <p>Keys are scoped to the collection and the tenant. {@code request} is what the client sent (for
 * a create usually the body; for a transition the {@code {to, note}} it asked for), so a retried
 * request matches even when the server would compute a different document the second time.
 *
 * @param key the client's key
 * @param request the request the key was sent with
 */
public record Idempotency(String key, String request) {
  public Idempotency {
    StoreNames.key("idempotency key", key);
    Objects.requireNonNull(request, "request");
  }

  /** SHA-256 (hex) over the operation and the request, what adapters store and compare. */
  public String fingerprint(String operation) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(request.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** The operation name a create is fingerprinted under. */
  public static String createOperation() {
    return "create";
  }

  /** The operation name an update of {@code id} is fingerprinted under. */
  public static String updateOperation(String id) {
    return "update:" + id;
  }
}
