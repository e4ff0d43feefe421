package org.creditrepair.kb.rules;

import java.util.List;

/** 规则：one legal fact the engine acts on, with its source; a closed set of kinds. */
public sealed interface Rule {
  RuleMeta meta();

  /** 不适用信用修复：no repair application exists for such records; the route says what to do. */
  record NotApplicable(RuleMeta meta, String authority, String route, String message)
      implements Rule {}

  /**
   * 公示期限：publicity period. Early end is possible from {@code minimum} (null: no early end under
   * this rule); publicity stops at {@code maximum} (null: no fixed end).
   *
   * @param autoEndNeedsFulfilment publicity stops at the maximum only once obligations are met
   */
  record Publicity(
      RuleMeta meta, Period minimum, Period maximum, boolean autoEndNeedsFulfilment, String message)
      implements Rule {}

  /** 不得提前停止公示：early end is barred; the record waits for the maximum. */
  record EarlyEndBar(RuleMeta meta, String blocker, String message) implements Rule {}

  /** 修复条件：a condition of repair; unmet, it blocks with {@code blocker}. */
  record ConditionRule(RuleMeta meta, Condition condition, String blocker, String message)
      implements Rule {}

  /** 办理途径：who decides and where to apply. */
  record Route(RuleMeta meta, String authority, String channel, Platform platform, String message)
      implements Rule {}

  /**
   * 办理时限：a deadline counted from an event in working days or calendar days.
   *
   * @param event what starts it: SUBMITTED, ACCEPTED, DECIDED, NOTICE_SERVED, OBJECTION_FILED …
   */
  record Deadline(RuleMeta meta, String event, int workingDays, int days, String message)
      implements Rule {}

  /** 申请材料：the materials an application needs (ids of the materials catalogue). */
  record Materials(RuleMeta meta, List<String> materials, String message) implements Rule {
    public Materials {
      materials = List.copyOf(materials);
    }
  }

  /**
   * 合并申请（“一件事”）：where it applies, one application covers several records and authorities through
   * one channel, and the results are synced to every platform.
   */
  record Grouping(RuleMeta meta, String channel, String message) implements Rule {}

  /** The deadline events the engine and the application tracker know. */
  java.util.Set<String> DEADLINE_EVENTS =
      java.util.Set.of(
          "SUBMITTED",
          "ACCEPTED",
          "SUPPLEMENT_NOTICE",
          "PUBLIC_NOTICE",
          "DECIDED",
          "DECISION_REVOKED",
          "OBJECTION_FILED",
          "REPAIRED");
}
