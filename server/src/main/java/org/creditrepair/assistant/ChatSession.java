package org.creditrepair.assistant;

import java.time.Instant;
import java.util.Objects;

/**
 * 会话：one conversation, owned by the principal who started it, with its dialogue state and its
 * hand-off to station staff.
 *
 * @param owner the subject that started it (an enterprise's 统一社会信用代码 or a staff id)
 * @param ownerRole the owner's role
 * @param tenant the enterprise it is about, or null while unknown (staff consultations)
 * @param status OPEN, ESCALATED (waiting for or handled by staff) or CLOSED
 * @param escalation why and by whom it was handed to staff, or null
 * @param closeNote the staff note it was closed with, or null
 */
public record ChatSession(
    String id,
    String owner,
    String ownerRole,
    String tenant,
    Status status,
    DialogueState state,
    Escalation escalation,
    String closeNote,
    String closedBy,
    int turns,
    Instant createdAt,
    Instant updatedAt) {
  /** 会话状态. */
  public enum Status {
    OPEN,
    ESCALATED,
    CLOSED
  }

  /**
   * 转人工：a hand-off request.
   *
   * @param by USER, ASSISTANT or STAFF
   * @param assignee the staff member who replied first, or null
   */
  public record Escalation(String by, String reason, Instant at, String assignee) {}

  public ChatSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(status, "status");
    state = state == null ? DialogueState.initial() : state;
  }

  ChatSession with(DialogueState s, int addTurns, Instant now) {
    return new ChatSession(
        id,
        owner,
        ownerRole,
        tenant,
        status,
        s,
        escalation,
        closeNote,
        closedBy,
        turns + addTurns,
        createdAt,
        now);
  }

  ChatSession withTenant(String t) {
    return new ChatSession(
        id,
        owner,
        ownerRole,
        t,
        status,
        state,
        escalation,
        closeNote,
        closedBy,
        turns,
        createdAt,
        updatedAt);
  }

  ChatSession escalated(Escalation e, Instant now) {
    return new ChatSession(
        id,
        owner,
        ownerRole,
        tenant,
        Status.ESCALATED,
        state,
        e,
        null,
        null,
        turns,
        createdAt,
        now);
  }

  ChatSession assigned(String staff, Instant now) {
    Escalation e =
        escalation == null || escalation.assignee() != null
            ? escalation
            : new Escalation(escalation.by(), escalation.reason(), escalation.at(), staff);
    return new ChatSession(
        id, owner, ownerRole, tenant, status, state, e, closeNote, closedBy, turns, createdAt, now);
  }

  ChatSession closed(String note, String by, Instant now) {
    return new ChatSession(
        id,
        owner,
        ownerRole,
        tenant,
        Status.CLOSED,
        state,
        escalation,
        note,
        by,
        turns,
        createdAt,
        now);
  }
}
