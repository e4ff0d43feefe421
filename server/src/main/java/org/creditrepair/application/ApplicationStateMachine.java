package org.creditrepair.application;

import static org.creditrepair.application.ApplicationStatus.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditrepair.shared.auth.Role;

/**
 * 申请状态机：which status may follow which (DOMAIN §6), and who may make each move — the enterprise
 * submits, resubmits after 补正 and withdraws; station staff record the authority's steps; an
 * administrator may do what staff may.
 */
public final class ApplicationStateMachine {
  private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> STAFF = EnumSet.of(Role.STATION_STAFF, Role.ADMIN);

  /** One allowed move and the roles that may make it. */
  record Move(ApplicationStatus from, ApplicationStatus to, Set<Role> roles) {}

  static final List<Move> MOVES =
      List.of(
          new Move(DRAFT, SUBMITTED, ANYONE),
          new Move(DRAFT, CLOSED, ANYONE),
          new Move(SUBMITTED, FORMAL_REVIEW, STAFF),
          new Move(SUBMITTED, CLOSED, ANYONE),
          new Move(FORMAL_REVIEW, NEEDS_SUPPLEMENT, STAFF),
          new Move(FORMAL_REVIEW, SUBSTANTIVE_REVIEW, STAFF),
          new Move(FORMAL_REVIEW, REJECTED, STAFF),
          new Move(NEEDS_SUPPLEMENT, SUBMITTED, ANYONE),
          new Move(NEEDS_SUPPLEMENT, CLOSED, ANYONE),
          new Move(SUBSTANTIVE_REVIEW, PUBLIC_NOTICE, STAFF),
          new Move(SUBSTANTIVE_REVIEW, APPROVED, STAFF),
          new Move(SUBSTANTIVE_REVIEW, REJECTED, STAFF),
          new Move(PUBLIC_NOTICE, APPROVED, STAFF),
          new Move(PUBLIC_NOTICE, SUBSTANTIVE_REVIEW, STAFF),
          new Move(PUBLIC_NOTICE, REJECTED, STAFF),
          new Move(APPROVED, INFORMATION_PROCESSED, STAFF),
          new Move(INFORMATION_PROCESSED, SYNCED, STAFF),
          new Move(SYNCED, CLOSED, ANYONE),
          new Move(REJECTED, CLOSED, ANYONE));

  private ApplicationStateMachine() {}

  /** Why a move is refused. */
  public enum Refusal {
    /** No such move from this status. */
    ILLEGAL,
    /** The move exists but the caller's role may not make it. */
    ROLE,
    /** 公示 only where a rule of the application's regime provides one. */
    NO_PUBLIC_NOTICE
  }

  /** Empty when {@code role} may move an application from {@code from} to {@code to}. */
  public static Optional<Refusal> check(
      ApplicationStatus from, ApplicationStatus to, Role role, boolean hasPublicNotice) {
    Move move =
        MOVES.stream().filter(m -> m.from() == from && m.to() == to).findFirst().orElse(null);
    if (move == null) {
      return Optional.of(Refusal.ILLEGAL);
    }
    if (!move.roles().contains(role)) {
      return Optional.of(Refusal.ROLE);
    }
    if (to == PUBLIC_NOTICE && !hasPublicNotice) {
      return Optional.of(Refusal.NO_PUBLIC_NOTICE);
    }
    return Optional.empty();
  }

  /** The statuses {@code role} may move to from {@code from}. */
  public static List<ApplicationStatus> next(
      ApplicationStatus from, Role role, boolean hasPublicNotice) {
    return MOVES.stream()
        .filter(m -> m.from() == from && m.roles().contains(role))
        .map(Move::to)
        .filter(to -> to != PUBLIC_NOTICE || hasPublicNotice)
        .toList();
  }

  /** A compact description of every move, for error details. */
  static Map<String, String> describe(ApplicationStatus from) {
    return Map.of(
        "from",
        from.name(),
        "allowed",
        String.join(
            ",", MOVES.stream().filter(m -> m.from() == from).map(m -> m.to().name()).toList()));
  }
}
