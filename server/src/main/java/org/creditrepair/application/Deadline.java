package org.creditrepair.application;

import java.time.LocalDate;
import java.util.List;

/**
 * 法定期限：one deadline of an application, computed on the working-day calendar from the DEADLINE rules
 * of its records when its starting status was entered.
 *
 * @param due the last day, or null when no rule sets one (then {@code notes} say so)
 * @param endedOn the day the status that ends it was entered, or null while pending
 * @param ruleIds the rules it rests on
 * @param verified true only when every rule rests on an official text in the corpus
 */
public record Deadline(
    DeadlineKind kind,
    LocalDate startedOn,
    LocalDate due,
    LocalDate endedOn,
    List<String> ruleIds,
    boolean verified,
    List<String> notes) {
  public Deadline {
    ruleIds = List.copyOf(ruleIds);
    notes = List.copyOf(notes);
  }

  /** 期限状态. */
  public enum State {
    PENDING,
    OVERDUE,
    MET,
    MET_LATE
  }

  /** The state on {@code today}. */
  public State state(LocalDate today) {
    if (endedOn != null) {
      return due != null && endedOn.isAfter(due) ? State.MET_LATE : State.MET;
    }
    return due != null && today.isAfter(due) ? State.OVERDUE : State.PENDING;
  }

  Deadline ended(LocalDate on) {
    return new Deadline(kind, startedOn, due, on, ruleIds, verified, notes);
  }
}
