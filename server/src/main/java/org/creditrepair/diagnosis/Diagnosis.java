package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.List;

/** 诊断：findings for every record, judged as of a date, and a one-paragraph summary. */
public record Diagnosis(
    String diagnosisId, LocalDate asOf, List<Finding> findings, String summary) {
  public Diagnosis {
    findings = List.copyOf(findings);
  }
}
