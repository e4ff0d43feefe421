package org.creditrepair.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.diagnosis.FindingStatus;
import org.creditrepair.kb.materials.Material;
import org.creditrepair.kb.materials.MaterialCatalogue;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;

/**
 * 材料清单：collects the materials the applied MATERIALS rules require for each record and platform, and
 * deduplicates them — a shareable material (营业执照, 法定代表人身份证明书) once for all records, a
 * record-specific one (罚款缴纳凭证) once per record however many platforms.
 */
public final class Checklists {
  private final RuleBook rules;
  private final MaterialCatalogue catalogue;

  public Checklists(RuleBook rules, MaterialCatalogue catalogue) {
    this.rules = rules;
    this.catalogue = catalogue;
  }

  /** The checklist and the counts before and after deduplication. */
  public record Result(List<ChecklistItem> items, int before, int after) {}

  public Result build(Diagnosis diagnosis, List<CreditRecord> records) {
    Map<String, Set<String>> forRecords = new LinkedHashMap<>();
    int before = 0;
    for (Finding f : diagnosis.findings()) {
      // materials are for applications: records that end by themselves (AUTO_EXPIRES), can't be
      // repaired or take another route need none
      if (f.status() != FindingStatus.REPAIRABLE_NOW && f.status() != FindingStatus.NOT_YET) {
        continue;
      }
      for (String id : f.ruleIds()) {
        Optional<Rule> rule = rules.byId(id);
        if (rule.isPresent() && rule.get() instanceof Rule.Materials m) {
          for (String material : m.materials()) {
            before++;
            forRecords.computeIfAbsent(material, k -> new LinkedHashSet<>()).add(f.recordId());
          }
        }
      }
    }
    List<ChecklistItem> items = new ArrayList<>();
    int after = 0;
    for (Map.Entry<String, Set<String>> e : forRecords.entrySet()) {
      Material m =
          catalogue
              .get(e.getKey())
              .orElseThrow(() -> new IllegalStateException("unknown material " + e.getKey()));
      int copies = m.shareable() ? 1 : e.getValue().size();
      after += copies;
      items.add(
          new ChecklistItem(
              m.id(),
              m.name(),
              m.spec().describe(),
              List.copyOf(e.getValue()),
              copies,
              m.template(),
              m.verified(),
              m.note()));
    }
    return new Result(items, before, after);
  }
}
