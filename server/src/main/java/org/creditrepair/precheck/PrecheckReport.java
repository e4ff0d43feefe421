package org.creditrepair.precheck;

import java.util.ArrayList;
import java.util.List;

/**
 * 预审报告：the verdict, every document with its type, fields and defects, the cross-document checks and
 * the ids of missing materials (DESIGN.md §4 {@code POST /api/v1/prechecks}).
 */
public record PrecheckReport(
    Verdict verdict,
    List<DocumentReport> documents,
    List<CrossCheck> crossChecks,
    List<String> missing) {
  public PrecheckReport {
    documents = List.copyOf(documents);
    crossChecks = List.copyOf(crossChecks);
    missing = List.copyOf(missing);
  }

  /** Every defect, documents first, then cross-checks. */
  public List<Defect> allDefects() {
    List<Defect> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.defects()));
    crossChecks.forEach(c -> out.addAll(c.defects()));
    return out;
  }

  /** The verdict for a set of defects. */
  static Verdict verdictOf(List<Defect> defects) {
    if (defects.stream().anyMatch(d -> d.severity() == Defect.DefectSeverity.ERROR)) {
      return Verdict.FAIL;
    }
    return defects.isEmpty() ? Verdict.PASS : Verdict.NEEDS_REVIEW;
  }
}
