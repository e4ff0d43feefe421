package org.creditrepair.kb.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 规则公共信息：what every rule carries — id, regime, scope, source, evidence and validity.
 *
 * @param verified true only when the cited text is in the corpus or seeds ([P] in DOMAIN.md)
 * @param effectiveTo last day in force (inclusive), or null
 * @param overrides ids of less specific rules this one replaces where both apply
 */
public record RuleMeta(
    String id,
    String regimeId,
    Applicability applies,
    Citation source,
    boolean verified,
    String note,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<String> overrides) {
  public RuleMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regimeId, "regimeId");
    Objects.requireNonNull(applies, "applies");
    Objects.requireNonNull(source, "source");
    overrides = List.copyOf(overrides);
  }

  /** True when the rule is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
