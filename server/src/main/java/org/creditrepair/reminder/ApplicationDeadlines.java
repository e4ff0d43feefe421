package org.creditrepair.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 申请期限：an application's status and its deadlines as plain values, what the planner derives
 * supplement, overdue and sync-check reminders from (the periods themselves come from the
 * applications module).
 *
 * @param applicationId the application's id
 * @param status its current status, e.g. {@code SUPPLEMENT_REQUESTED}, {@code SYNCED}
 * @param statusSince the day it entered {@code status}, or null when unknown
 * @param deadlines its open deadlines
 */
public record ApplicationDeadlines(
    String applicationId, String status, LocalDate statusSince, List<Deadline> deadlines) {
  /** Status after which third-party platforms are checked. */
  public static final String SYNCED = "SYNCED";

  public ApplicationDeadlines {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(status, "status");
    deadlines = List.copyOf(deadlines);
  }

  /**
   * 期限：one deadline of an application.
   *
   * @param kind {@code SUPPLEMENT} (补正), {@code REVIEW} (审核答复), {@code SYNC} (同步), {@code
   *     OBJECTION_ANSWER} (征信异议答复), {@code TAX_CLEAN} (纳税信用修复期间届满), or another kind
   * @param due its last day
   */
  public record Deadline(String kind, LocalDate due) {
    public Deadline {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(due, "due");
    }
  }
}
