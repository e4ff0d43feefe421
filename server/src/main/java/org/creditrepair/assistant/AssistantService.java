package org.creditrepair.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.store.StoreConflictException;

/**
 * 智能助手服务：one conversation turn end to end — session ownership, redaction, intent and facts, the
 * rule-based answer, the responder's phrasing, the citation check, history — and the hand-off to
 * station staff (queue, reading the history with an audit entry, replying, closing). Blocking: call
 * it off the event loop.
 */
public final class AssistantService {
  /** Longest message accepted, in characters. */
  public static final int MAX_MESSAGE_CHARS = 2_000;

  /** History messages a responder sees. */
  static final int HISTORY_FOR_RESPONDER = 12;

  static final String ASSISTANT = "assistant";

  private final ChatSessions sessions;
  private final Dialogue dialogue;
  private final Responder responder;
  private final AuditLog audit;
  private final Clock clock;
  private final Supplier<String> ids;

  public AssistantService(
      ChatSessions sessions,
      Dialogue dialogue,
      Responder responder,
      AuditLog audit,
      Clock clock,
      Supplier<String> ids) {
    this.sessions = sessions;
    this.dialogue = dialogue;
    this.responder = responder;
    this.audit = audit;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * A chat request.
   *
   * @param sessionId the conversation to continue, or null to start one
   * @param uscc for staff: the enterprise the consultation is about (optional)
   */
  public record ChatRequest(String sessionId, String message, String uscc) {}

  /** A session and its history, as its owner or staff see it. */
  public record SessionView(ChatSession session, List<ChatMessage> messages) {}

  public String responderName() {
    return responder.name();
  }

  /** Checks a request before anything is streamed (so errors are plain 4xx answers). */
  public static String checkedMessage(ChatRequest r) {
    if (r.message() == null) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "message", "缺少消息内容 message");
    }
    String m = r.message().strip();
    if (m.isEmpty()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "message", "消息内容 message 不能为空");
    }
    if (m.codePointCount(0, m.length()) > MAX_MESSAGE_CHARS) {
      throw new CreditRepairException(
          ErrorCode.MESSAGE_TOO_LONG,
          "消息过长，最多 " + MAX_MESSAGE_CHARS + " 个字符",
          Map.of("field", "message", "max", String.valueOf(MAX_MESSAGE_CHARS)));
    }
    if (r.sessionId() != null && !r.sessionId().isBlank() && !ChatSessions.validId(r.sessionId())) {
      throw CreditRepairException.field(
          ErrorCode.INVALID_FIELD_TYPE, "sessionId", "会话编号 sessionId 格式不对");
    }
    return m;
  }

  /**
   * Opens (or creates) the session a request continues; fails before any event is sent when the
   * request is wrong, the session is someone else's or closed.
   */
  public ChatSessions.Stored open(Principal p, ChatRequest r) {
    checkedMessage(r);
    String tenant = tenantOf(p, r.uscc());
    if (r.sessionId() == null || r.sessionId().isBlank()) {
      return sessions.create(p, tenant);
    }
    ChatSessions.Stored s = owned(p, r.sessionId());
    if (s.session().status() == ChatSession.Status.CLOSED) {
      throw new CreditRepairException(
          ErrorCode.SESSION_CLOSED, "该会话已由工作人员结束，请新开一个会话", Map.of("field", "sessionId"));
    }
    if (tenant != null && s.session().tenant() != null && !tenant.equals(s.session().tenant())) {
      throw CreditRepairException.field(ErrorCode.CONFLICT, "uscc", "该会话咨询的是另一家企业，请新开一个会话");
    }
    return s;
  }

  private static String tenantOf(Principal p, String uscc) {
    if (p.role() == Role.ENTERPRISE) {
      return p.tenant(uscc);
    }
    return uscc == null || uscc.isBlank() ? null : p.tenant(uscc);
  }

  /** Answers one message of {@code opened}, streaming to {@code sink}; returns the final answer. */
  public Reply chat(Principal p, ChatSessions.Stored opened, ChatRequest r, ChatSink sink) {
    String message = checkedMessage(r);
    ChatSession session = opened.session();
    String redacted = Redactor.redact(message);
    LocalDate today = IsoDates.today(clock);
    List<ChatMessage> history = sessions.history(session.id());
    IntentRecognizer.Recognition recognition = dialogue.recognizer().recognize(message);
    sessions.append(
        session.id(),
        new ChatMessage(
            "m-" + ids.get(),
            ChatMessage.Role.USER,
            redacted,
            p.subject(),
            clock.instant(),
            recognition.intent(),
            List.of()));
    String tenant = session.tenant() != null ? session.tenant() : session.state().uscc();
    Dialogue.Outcome outcome =
        dialogue.step(
            new Dialogue.Input(
                p,
                session,
                message,
                redacted,
                recognition,
                SlotExtractor.extract(message),
                tenant,
                today));
    CitationValidator.Checked checked = check(outcome.reply(), outcome);
    List<String> removed = new ArrayList<>(checked.removed());
    Reply grounded = withText(outcome.reply(), checked.text());
    for (ToolCall call : grounded.tools()) {
      sink.accept(new ChatEvent.Tool(call));
    }
    Turn turn =
        new Turn(
            p, session.id(), message, redacted, tail(history), outcome.tenant(), today, grounded);
    Reply answer = responder.respond(turn, sink);
    for (ChatAction a : answer.actions()) {
      if (a.type().equals("REFERENCES_REMOVED")) {
        removed.add(a.data().getOrDefault("references", ""));
      }
    }
    for (ChatCitation c : answer.citations()) {
      sink.accept(new ChatEvent.Citation(c));
    }
    String messageId = "m-" + ids.get();
    sessions.append(
        session.id(),
        new ChatMessage(
            messageId,
            ChatMessage.Role.ASSISTANT,
            answer.text(),
            ASSISTANT,
            clock.instant(),
            answer.intent(),
            answer.citations()));
    ChatSession after = save(opened, outcome, p);
    List<ChatAction> actions =
        answer.actions().stream().filter(a -> !a.type().equals("REFERENCES_REMOVED")).toList();
    sink.accept(
        new ChatEvent.Done(
            session.id(),
            messageId,
            answer.intent(),
            after.status().name(),
            actions,
            removed,
            answer.fallback(),
            answer.fallback() ? "rules" : responder.name()));
    return answer;
  }

  private static CitationValidator.Checked check(Reply r, Dialogue.Outcome o) {
    Set<CitationValidator.Allowed> allowed = new HashSet<>(o.quoted());
    r.citations().forEach(c -> allowed.add(c.allowed()));
    return CitationValidator.check(r.text(), allowed);
  }

  private static Reply withText(Reply r, String text) {
    return new Reply(
        r.intent(), text, r.citations(), r.tools(), r.actions(), r.grounded(), r.fallback());
  }

  private static List<ChatMessage> tail(List<ChatMessage> history) {
    int from = Math.max(0, history.size() - HISTORY_FOR_RESPONDER);
    return history.subList(from, history.size());
  }

  /** Writes the turn's state (and hand-off) with compare-and-set, retrying on a concurrent turn. */
  private ChatSession save(ChatSessions.Stored opened, Dialogue.Outcome o, Principal p) {
    ChatSessions.Stored current = opened;
    for (int attempt = 0; ; attempt++) {
      ChatSession s = current.session().with(o.state(), 1, clock.instant());
      if (s.tenant() == null && o.tenant() != null) {
        s = s.withTenant(o.tenant());
      }
      boolean escalate = o.escalateBy() != null && s.status() == ChatSession.Status.OPEN;
      if (escalate) {
        s =
            s.escalated(
                new ChatSession.Escalation(
                    o.escalateBy(), o.escalateReason(), clock.instant(), null),
                clock.instant());
      }
      try {
        ChatSessions.Stored saved = sessions.update(s, current.version());
        if (escalate) {
          sessions.enqueue(saved.session());
          system(s.id(), "已转人工：" + o.escalateReason());
        }
        return saved.session();
      } catch (StoreConflictException conflict) {
        if (attempt >= 3) {
          throw conflict;
        }
        current = sessions.get(opened.session().id()).orElseThrow();
      }
    }
  }

  private void system(String sessionId, String text) {
    sessions.append(
        sessionId,
        new ChatMessage(
            "m-" + ids.get(),
            ChatMessage.Role.SYSTEM,
            text,
            "system",
            clock.instant(),
            null,
            List.of()));
  }

  /** The caller's own session; another's is NOT_FOUND (its existence is not revealed). */
  private ChatSessions.Stored owned(Principal p, String id) {
    return sessions
        .get(id)
        .filter(s -> s.session().owner().equals(p.subject()))
        .orElseThrow(() -> notFound(id));
  }

  private static CreditRepairException notFound(String id) {
    return new CreditRepairException(
        ErrorCode.NOT_FOUND,
        "没有这个会话",
        Map.of("field", "sessionId", "sessionId", String.valueOf(id)));
  }

  /** The caller's sessions, newest first. */
  public List<ChatSession> sessions(Principal p, int limit) {
    return sessions.owned(p.subject(), limit);
  }

  /**
   * A session and its history: its owner, or staff for a handed-off one (audit-logged with {@code
   * reason}).
   */
  public SessionView session(Principal p, String id, String reason) {
    ChatSessions.Stored s = sessions.get(id).orElseThrow(() -> notFound(id));
    ChatSession c = s.session();
    boolean owner = c.owner().equals(p.subject());
    if (!owner) {
      requireStaff(p, c, id);
      audit.record(p, "chat.read", tenantForAudit(c), id, reason);
    }
    return new SessionView(c, sessions.history(id));
  }

  /** Hands the caller's own session to staff. */
  public ChatSession escalate(Principal p, String id, String reason) {
    ChatSessions.Stored s = owned(p, id);
    if (s.session().status() == ChatSession.Status.CLOSED) {
      throw new CreditRepairException(ErrorCode.SESSION_CLOSED, "该会话已结束，请新开一个会话");
    }
    if (s.session().status() == ChatSession.Status.ESCALATED) {
      return s.session();
    }
    String why =
        reason == null || reason.isBlank()
            ? "用户要求转人工"
            : IsoDates.abbreviate(Redactor.redact(reason));
    String by = p.role() == Role.ENTERPRISE ? "USER" : "STAFF";
    ChatSession e =
        s.session()
            .escalated(new ChatSession.Escalation(by, why, clock.instant(), null), clock.instant());
    ChatSession saved = sessions.update(e, s.version()).session();
    sessions.enqueue(saved);
    system(id, "已转人工：" + why);
    return saved;
  }

  /** The hand-off queue (staff), OPEN or CLOSED entries, newest first. */
  public List<ChatSessions.QueueEntry> queue(Principal p, String status, int limit) {
    requireRole(p);
    String st = status == null || status.isBlank() ? "OPEN" : status;
    if (!st.equals("OPEN") && !st.equals("CLOSED")) {
      throw CreditRepairException.field(
          ErrorCode.INVALID_VALUE, "status", "status 只能是 OPEN 或 CLOSED");
    }
    return sessions.queue(st, limit);
  }

  /** A staff reply into a handed-off conversation (audit-logged). */
  public ChatMessage reply(Principal p, String id, String text, String reason) {
    String m = checkedMessage(new ChatRequest(null, text, null));
    for (int attempt = 0; ; attempt++) {
      ChatSessions.Stored s = sessions.get(id).orElseThrow(() -> notFound(id));
      requireStaff(p, s.session(), id);
      if (s.session().status() == ChatSession.Status.CLOSED) {
        throw new CreditRepairException(ErrorCode.SESSION_CLOSED, "该会话已结束，不能再回复");
      }
      try {
        ChatSession assigned =
            sessions
                .update(s.session().assigned(p.subject(), clock.instant()), s.version())
                .session();
        sessions.enqueue(assigned);
      } catch (StoreConflictException conflict) {
        if (attempt < 3) {
          continue;
        }
        throw conflict;
      }
      audit.record(p, "chat.reply", tenantForAudit(s.session()), id, reason);
      ChatMessage msg =
          new ChatMessage(
              "m-" + ids.get(),
              ChatMessage.Role.STAFF,
              m,
              p.subject(),
              clock.instant(),
              null,
              List.of());
      sessions.append(id, msg);
      return msg;
    }
  }

  /** Closes a handed-off conversation with a staff note (audit-logged). */
  public ChatSession close(Principal p, String id, String note, String reason) {
    if (note == null || note.isBlank()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "note", "结束咨询须填写办结说明 note");
    }
    ChatSessions.Stored s = sessions.get(id).orElseThrow(() -> notFound(id));
    requireStaff(p, s.session(), id);
    if (s.session().status() == ChatSession.Status.CLOSED) {
      return s.session();
    }
    ChatSession closed =
        sessions
            .update(
                s.session().closed(IsoDates.abbreviate(note.strip()), p.subject(), clock.instant()),
                s.version())
            .session();
    sessions.enqueue(closed);
    audit.record(p, "chat.close", tenantForAudit(closed), id, reason);
    system(id, "工作人员已结束本次咨询。如还有问题，可以新开一个会话。");
    return closed;
  }

  private static void requireRole(Principal p) {
    if (p.role() == Role.ENTERPRISE) {
      throw new CreditRepairException(ErrorCode.FORBIDDEN, "只有服务站工作人员可以处理转人工咨询");
    }
  }

  /** Staff may act on a conversation only once it was handed off. */
  private static void requireStaff(Principal p, ChatSession c, String id) {
    if (p.role() == Role.ENTERPRISE || c.escalation() == null) {
      throw notFound(id);
    }
  }

  private static String tenantForAudit(ChatSession c) {
    return c.tenant() != null ? c.tenant() : c.owner();
  }
}
