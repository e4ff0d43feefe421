package org.creditrepair.application;

import java.time.Instant;
import java.util.List;

/**
 * 修复申请：one case an enterprise (or a station on its behalf) follows from submission to repair and
 * platform sync — the records it covers, its status and timeline, and its statutory deadlines.
 *
 * @param tenant the enterprise's 统一社会信用代码
 * @param records what the application covers (as the applicant described them)
 * @param deadlineRuleIds the DEADLINE rules that apply to its records (from their diagnosis)
 * @param hasPublicNotice whether a rule of its regime provides a public notice (公示)
 * @param regimes the regimes its records were judged under
 */
public record RepairApplication(
    String id,
    String tenant,
    String enterpriseName,
    ApplicationStatus status,
    List<RecordSummary> records,
    String planId,
    List<String> deadlineRuleIds,
    boolean hasPublicNotice,
    List<String> regimes,
    List<TimelineEntry> timeline,
    List<Deadline> deadlines,
    Instant createdAt,
    String createdBy) {
  public RepairApplication {
    records = List.copyOf(records);
    deadlineRuleIds = List.copyOf(deadlineRuleIds);
    regimes = List.copyOf(regimes);
    timeline = List.copyOf(timeline);
    deadlines = List.copyOf(deadlines);
  }

  /** 记录摘要：a record of the application as shown to staff. */
  public record RecordSummary(String id, String type, String authority, String decisionNo) {}

  public List<String> recordIds() {
    return records.stream().map(RecordSummary::id).toList();
  }
}
