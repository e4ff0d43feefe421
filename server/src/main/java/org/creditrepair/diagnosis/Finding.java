package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.List;
import org.creditrepair.kb.rules.Platform;

/**
 * 诊断结论：what can be done about one record on one platform, by which date, who decides, what blocks
 * it, and the rules and texts it rests on.
 *
 * @param earliestDate first day an application can be made (NOT_YET), else null
 * @param autoEndDate last day of publicity when it ends by itself, else null
 * @param regime the regime applied (shown as 适用规则)
 * @param unverifiedRules ids of applied rules that rest on unverified sources
 * @param notes further facts in Chinese (estimates, provisional calendar, unverified sources)
 */
public record Finding(
    String recordId,
    Platform platform,
    FindingStatus status,
    LocalDate earliestDate,
    LocalDate autoEndDate,
    String route,
    String authority,
    String regime,
    List<Blocker> blockers,
    List<CitationRef> citations,
    List<String> ruleIds,
    List<String> unverifiedRules,
    List<String> notes) {
  public Finding {
    blockers = List.copyOf(blockers);
    citations = List.copyOf(citations);
    ruleIds = List.copyOf(ruleIds);
    unverifiedRules = List.copyOf(unverifiedRules);
    notes = List.copyOf(notes);
  }
}
