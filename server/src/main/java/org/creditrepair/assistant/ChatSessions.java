package org.creditrepair.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Store;
import org.creditrepair.store.Written;

/**
 * 会话存储：sessions as versioned documents (one collection, listed by owner), each session's history as
 * a bounded list, and the hand-off queue staff work from — all in the {@link Store}, so they are
 * shared by every server over one Redis and survive restarts.
 */
public final class ChatSessions {
  static final String SESSIONS = "chat-sessions";
  static final String QUEUE = "chat-escalations";
  static final String QUEUE_TENANT = "station";

  /** Messages kept per session; older ones are dropped. */
  public static final int MAX_HISTORY = 200;

  private static final Pattern ID =
      Pattern.compile("cs-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** A session and the version it was read at. */
  public record Stored(ChatSession session, long version) {}

  /** An entry of the hand-off queue. */
  public record QueueEntry(
      String sessionId,
      String tenant,
      String owner,
      String status,
      ChatSession.Escalation escalation,
      String closeNote,
      java.time.Instant updatedAt) {}

  private final Store store;
  private final Clock clock;
  private final Supplier<String> ids;

  public ChatSessions(Store store, Clock clock, Supplier<String> ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  /** True for a well-formed session id. */
  public static boolean validId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** A new session of {@code p} about {@code tenant} (may be null). */
  public Stored create(Principal p, String tenant) {
    var now = clock.instant();
    ChatSession s =
        new ChatSession(
            "cs-" + ids.get(),
            p.subject(),
            p.role().name(),
            tenant,
            ChatSession.Status.OPEN,
            DialogueState.initial(),
            null,
            null,
            null,
            0,
            now,
            now);
    Written w =
        store.create(
            new NewDocument(SESSIONS, s.id(), p.subject(), s.status().name(), write(s)), null);
    return new Stored(read(w.document()), w.document().version());
  }

  public Optional<Stored> get(String id) {
    if (!validId(id)) {
      return Optional.empty();
    }
    return store.get(SESSIONS, id).map(d -> new Stored(read(d), d.version()));
  }

  /** Writes {@code s} if the stored version is still {@code version}; a conflict throws. */
  public Stored update(ChatSession s, long version) {
    Written w =
        store.update(
            new DocumentChange(SESSIONS, s.id(), version, s.status().name(), write(s)), null);
    return new Stored(read(w.document()), w.document().version());
  }

  /** The sessions {@code owner} started, newest first. */
  public List<ChatSession> owned(String owner, int limit) {
    return store.list(SESSIONS, owner, Optional.empty(), limit).stream().map(this::read).toList();
  }

  public void append(String sessionId, ChatMessage m) {
    store.push(historyList(sessionId), write(m), MAX_HISTORY);
  }

  /** The session's messages, oldest first (at most {@link #MAX_HISTORY}). */
  public List<ChatMessage> history(String sessionId) {
    return store.range(historyList(sessionId)).stream()
        .map(t -> parse(t, ChatMessage.class))
        .toList();
  }

  /** Puts the session on (or back on) the hand-off queue, or updates its entry. */
  public void enqueue(ChatSession s) {
    QueueEntry e =
        new QueueEntry(
            s.id(),
            s.tenant(),
            s.owner(),
            s.status() == ChatSession.Status.CLOSED ? "CLOSED" : "OPEN",
            s.escalation(),
            s.closeNote(),
            s.updatedAt());
    for (int attempt = 0; ; attempt++) {
      Optional<Document> existing = store.get(QUEUE, s.id());
      try {
        if (existing.isEmpty()) {
          store.create(new NewDocument(QUEUE, s.id(), QUEUE_TENANT, e.status(), write(e)), null);
        } else {
          store.update(
              new DocumentChange(QUEUE, s.id(), existing.get().version(), e.status(), write(e)),
              null);
        }
        return;
      } catch (org.creditrepair.store.StoreConflictException conflict) {
        if (attempt >= 3) {
          throw conflict;
        }
      }
    }
  }

  /** The hand-off queue, newest entry first, in {@code status} (OPEN or CLOSED). */
  public List<QueueEntry> queue(String status, int limit) {
    return store.list(QUEUE, QUEUE_TENANT, Optional.of(status), limit).stream()
        .map(d -> parse(d.body(), QueueEntry.class))
        .toList();
  }

  private static String historyList(String sessionId) {
    return "chat-" + sessionId;
  }

  private ChatSession read(Document d) {
    return parse(d.body(), ChatSession.class);
  }

  static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T parse(String text, Class<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new CreditRepairException(ErrorCode.INTERNAL, "会话数据损坏：" + type.getSimpleName());
    }
  }
}
