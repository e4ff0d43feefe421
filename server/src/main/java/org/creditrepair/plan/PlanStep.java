package org.creditrepair.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * 修复步骤：one dated step of a repair plan.
 *
 * @param kind FULFIL, LEAVE_ABNORMAL_LIST, APPLY, REVIEW, SYNC, THIRD_PARTY, VERIFY, WAIT_EXPIRY,
 *     OTHER_ROUTE
 * @param earliestStart first day the step can start (on the working-day calendar)
 * @param due deadline (statutory or the authority's), or null when none applies
 * @param notes Chinese notes: sources, provisional dates, unverified rules
 */
public record PlanStep(
    String id,
    String kind,
    String title,
    List<String> recordIds,
    String authority,
    String channel,
    LocalDate earliestStart,
    LocalDate due,
    List<String> dependsOn,
    List<String> notes) {
  public PlanStep {
    recordIds = List.copyOf(recordIds);
    dependsOn = List.copyOf(dependsOn);
    notes = List.copyOf(notes);
  }
}
