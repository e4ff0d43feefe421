package org.creditrepair.kb.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * 规则体系：a body of rules that comes into force and lapses together (e.g. 总局令第45号, 发展改革委令 第36号),
 * chosen by date.
 */
public record Regime(
    String id,
    String name,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Citation source,
    String file,
    List<Rule> rules) {
  public Regime {
    rules = List.copyOf(rules);
  }

  public boolean inForceOn(LocalDate date) {
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
