package org.creditrepair.plan;

import java.time.LocalDate;
import java.util.List;
import org.creditrepair.diagnosis.CitationRef;
import org.creditrepair.diagnosis.Diagnosis;

/**
 * 修复方案：dated steps with dependencies, the deduplicated material checklist (with the counts before
 * and after deduplication), and the citations it rests on.
 */
public record RepairPlan(
    String planId,
    LocalDate asOf,
    List<PlanStep> steps,
    List<ChecklistItem> checklist,
    int materialsBeforeDedup,
    int materialsAfterDedup,
    List<CitationRef> citations,
    Diagnosis diagnosis) {
  public RepairPlan {
    steps = List.copyOf(steps);
    checklist = List.copyOf(checklist);
    citations = List.copyOf(citations);
  }
}
