package org.creditrepair.diagnosis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;

/**
 * 失信记录：one record of the enterprise as the applicant describes it (DESIGN.md §4 Record).
 *
 * @param obligationsFulfilled whether the obligations (fine paid, rectified, annual report filed)
 *     are fulfilled; null when unknown
 * @param platforms where it is published; empty means the engine infers them from the type
 */
public record CreditRecord(
    String id,
    RecordType type,
    Severity severity,
    Set<Sanction> sanctions,
    String domain,
    String authority,
    String decisionNo,
    LocalDate decisionDate,
    LocalDate publishedDate,
    BigDecimal fineAmount,
    Boolean obligationsFulfilled,
    LocalDate fulfilledDate,
    String reason,
    LocalDate listedDate,
    Set<Platform> platforms,
    List<PriorRepair> priorRepairs) {
  public CreditRecord {
    sanctions = sanctions == null ? Set.of() : Set.copyOf(sanctions);
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
    priorRepairs = priorRepairs == null ? List.of() : List.copyOf(priorRepairs);
  }

  public boolean fulfilled() {
    return Boolean.TRUE.equals(obligationsFulfilled);
  }
}
