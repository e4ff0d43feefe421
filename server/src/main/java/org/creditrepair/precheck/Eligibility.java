package org.creditrepair.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.DiagnosisEngine;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.diagnosis.FindingStatus;

/**
 * 最短公示期：which records cannot be applied for yet on the application date; the rules engine decides
 * (the pre-check never computes a period itself).
 */
@FunctionalInterface
public interface Eligibility {
  /** A record whose minimum publicity period ends after the application date. */
  record NotYet(String recordId, LocalDate earliestDate) {}

  List<NotYet> notYet(Enterprise enterprise, List<CreditRecord> records, LocalDate applicationDate);

  /** No record is ever too early (when no rules engine is wired). */
  static Eligibility none() {
    return (e, r, d) -> List.of();
  }

  /** Diagnoses the records at the application date and keeps the NOT_YET findings. */
  static Eligibility fromDiagnosis(DiagnosisEngine engine) {
    return (enterprise, records, date) -> {
      if (records.isEmpty()) {
        return List.of();
      }
      Diagnosis diagnosis = engine.diagnose(enterprise, records, date);
      Map<String, LocalDate> latest = new LinkedHashMap<>();
      for (Finding f : diagnosis.findings()) {
        if (f.status() == FindingStatus.NOT_YET
            && f.earliestDate() != null
            && f.earliestDate().isAfter(date)) {
          latest.merge(f.recordId(), f.earliestDate(), (a, b) -> a.isAfter(b) ? a : b);
        }
      }
      List<NotYet> out = new ArrayList<>();
      latest.forEach((id, d) -> out.add(new NotYet(id, d)));
      return out;
    };
  }
}
