package org.creditrepair.reminder;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * 站内消息流：per-tenant listeners of in-app notifications (the SSE streams of this server); an
 * enterprise's events reach only its own listeners.
 */
public final class InAppEvents implements AutoCloseable {
  /** One in-app notification: event id, SSE event name and JSON data. */
  public record Event(String id, String name, String json) {}

  /** Someone listening to a tenant's notifications. */
  public interface Listener {
    /** A notification for the tenant; must not block. */
    void onEvent(Event event);

    /** The stream ends (server shutdown). */
    void onClose();
  }

  private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** Adds a listener of {@code tenant}; run the returned handle to remove it. */
  public Runnable subscribe(String tenant, Listener listener) {
    if (closed) {
      listener.onClose();
      return () -> {};
    }
    listeners.computeIfAbsent(tenant, t -> new CopyOnWriteArraySet<>()).add(listener);
    return () ->
        listeners.computeIfPresent(
            tenant,
            (t, set) -> {
              set.remove(listener);
              return set.isEmpty() ? null : set;
            });
  }

  /** Sends {@code event} to every listener of {@code tenant}; returns how many there were. */
  public int publish(String tenant, Event event) {
    Set<Listener> set = listeners.get(tenant);
    if (set == null) {
      return 0;
    }
    int n = 0;
    for (Listener l : set) {
      l.onEvent(event);
      n++;
    }
    return n;
  }

  /** Listeners of {@code tenant} now. */
  public int listeners(String tenant) {
    Set<Listener> set = listeners.get(tenant);
    return set == null ? 0 : set.size();
  }

  /** Ends every stream. */
  @Override
  public void close() {
    closed = true;
    for (Set<Listener> set : listeners.values()) {
      set.forEach(Listener::onClose);
    }
    listeners.clear();
  }
}
