package org.creditrepair.kb.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;

/**
 * 规则库：all regimes and rules from {@code knowledge-base/rules/*.yaml}; selects the rules that apply
 * to a record on a date and checks the rule files for consistency.
 */
public final class RuleBook {
  private final List<Regime> regimes;
  private final List<Rule> all;
  private final Map<String, Rule> byId = new HashMap<>();
  private final Map<String, Regime> regimeById = new HashMap<>();

  public RuleBook(List<Regime> regimes) {
    this.regimes = List.copyOf(regimes);
    this.all = this.regimes.stream().flatMap(r -> r.rules().stream()).toList();
    // the first of duplicate ids wins here; validate() reports the duplicates
    all.forEach(r -> byId.putIfAbsent(r.meta().id(), r));
    this.regimes.forEach(r -> regimeById.putIfAbsent(r.id(), r));
  }

  /** Loads every rule file of the bundle. */
  public static RuleBook load(KnowledgeBundle bundle) {
    List<Regime> regimes = new ArrayList<>();
    for (BundledResource r : bundle.list("rules", ".yaml")) {
      regimes.add(RuleFileParser.parse(r.text(), r.path()));
    }
    return new RuleBook(regimes);
  }

  public List<Regime> regimes() {
    return regimes;
  }

  /** Every rule of every regime. */
  public List<Rule> all() {
    return all;
  }

  public Optional<Rule> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<Regime> regime(String id) {
    return Optional.ofNullable(regimeById.get(id));
  }

  /**
   * The rules in force on {@code asOf} (regime and rule validity) whose scope matches the subject,
   * without those overridden by a more specific applicable rule.
   */
  public List<Rule> applicable(RuleSubject subject, LocalDate asOf) {
    List<Rule> matching = new ArrayList<>();
    for (Regime regime : regimes) {
      if (!regime.inForceOn(asOf)) {
        continue;
      }
      for (Rule rule : regime.rules()) {
        if (rule.meta().inForceOn(asOf) && rule.meta().applies().matches(subject)) {
          matching.add(rule);
        }
      }
    }
    Set<String> overridden =
        matching.stream().flatMap(r -> r.meta().overrides().stream()).collect(Collectors.toSet());
    return matching.stream().filter(r -> !overridden.contains(r.meta().id())).toList();
  }

  /**
   * Consistency problems: duplicate ids, inverted date ranges, rules outside their regime's
   * validity, unknown documents, unknown materials, overrides that name no rule, regimes whose
   * publicity rules cover no record. Empty when the book is sound.
   *
   * @param knownMaterialIds ids of the materials catalogue
   */
  public List<String> validate(Set<String> knownDocIds, Set<String> knownMaterialIds) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Regime regime : regimes) {
      if (!ids.add(regime.id())) {
        problems.add(regime.file() + ": duplicate regime id " + regime.id());
      }
      checkRange(
          problems,
          regime.file() + " " + regime.id(),
          regime.effectiveFrom(),
          regime.effectiveTo());
      checkDoc(problems, regime.file() + " " + regime.id(), regime.source(), knownDocIds);
      for (Rule rule : regime.rules()) {
        RuleMeta m = rule.meta();
        String where = regime.file() + " " + m.id();
        if (!ids.add(m.id())) {
          problems.add(where + ": duplicate id");
        }
        checkRange(problems, where, m.effectiveFrom(), m.effectiveTo());
        if (regime.effectiveFrom() != null
            && m.effectiveFrom() != null
            && m.effectiveFrom().isBefore(regime.effectiveFrom())) {
          problems.add(where + ": in force before its regime");
        }
        checkDoc(problems, where, m.source(), knownDocIds);
        if (rule instanceof Rule.Materials mats) {
          for (String id : mats.materials()) {
            if (!knownMaterialIds.contains(id)) {
              problems.add(where + ": unknown material " + id);
            }
          }
        }
      }
    }
    Set<String> ruleIds = all().stream().map(r -> r.meta().id()).collect(Collectors.toSet());
    for (Rule rule : all()) {
      for (String o : rule.meta().overrides()) {
        if (!ruleIds.contains(o)) {
          problems.add(rule.meta().id() + ": overrides unknown rule " + o);
        }
      }
    }
    return problems;
  }

  private static void checkRange(
      List<String> problems, String where, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(where + ": effectiveTo before effectiveFrom");
    }
  }

  private static void checkDoc(List<String> problems, String where, Citation c, Set<String> known) {
    if (!known.contains(c.doc())) {
      problems.add(where + ": unknown document " + c.doc());
    }
  }
}
