package org.creditrepair.application;

import org.creditrepair.plan.RepairPlan;

/**
 * 申请事件：told after an application was written (created or moved), e.g. to schedule its reminders; a
 * listener's failure must not undo or fail the write, which is already durable.
 */
@FunctionalInterface
public interface ApplicationEvents {
  /** No one listens. */
  ApplicationEvents NONE = (application, plan) -> {};

  /**
   * @param plan the repair plan (with the diagnosis) of its records when the application was just
   *     created, else null
   */
  void written(RepairApplication application, RepairPlan plan);
}
