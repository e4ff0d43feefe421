package org.creditrepair.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.creditrepair.diagnosis.CalendarDateRules;
import org.creditrepair.diagnosis.DateRules;
import org.creditrepair.diagnosis.DiagnosisEngine;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.materials.MaterialCatalogue;
import org.creditrepair.kb.rules.RuleBook;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.RegistryEntry;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.shared.calendar.LegalPeriods;
import org.creditrepair.shared.calendar.WorkingDayCalendar;

/**
 * 规则引擎组件：the rule book, materials catalogue, working-day calendar, diagnosis engine, plan builder
 * and templates, loaded once from the knowledge bundle (plus extra calendar years) and shared by
 * the server and the benchmarks.
 */
public record RepairServices(
    RuleBook rules,
    MaterialCatalogue materials,
    WorkingDayCalendar calendar,
    DocumentRegistry registry,
    DateRules dates,
    DiagnosisEngine engine,
    PlanBuilder plans,
    TemplateRenderer templates) {

  /** Loads everything from {@code bundle}; {@code calendarDirs} add newly published years. */
  public static RepairServices load(KnowledgeBundle bundle, List<Path> calendarDirs) {
    RuleBook rules = RuleBook.load(bundle);
    MaterialCatalogue materials = MaterialCatalogue.load(bundle);
    WorkingDayCalendar calendar = WorkingDayCalendar.load(bundle, calendarDirs);
    DocumentRegistry registry =
        DocumentRegistry.parse(
            bundle
                .get("documents.yaml")
                .orElseThrow(() -> new IllegalStateException("知识库缺少 documents.yaml"))
                .text());
    DateRules dates = new CalendarDateRules(new LegalPeriods(calendar));
    Supplier<String> diagnosisIds = () -> "dg_" + UUID.randomUUID();
    DiagnosisEngine engine =
        new DiagnosisEngine(
            rules,
            dates,
            id -> registry.byId(id).map(RegistryEntry::title).orElse(id),
            name -> region(registry, name),
            diagnosisIds);
    PlanBuilder plans =
        new PlanBuilder(
            engine,
            rules,
            new Checklists(rules, materials),
            dates,
            () -> "pl_" + UUID.randomUUID());
    return new RepairServices(
        rules, materials, calendar, registry, dates, engine, plans, TemplateRenderer.load(bundle));
  }

  /** The region path of an enterprise's region; an unknown one is a client error on its field. */
  private static String region(DocumentRegistry registry, String name) {
    try {
      return registry.resolveRegion(name);
    } catch (CreditRepairException e) {
      throw new CreditRepairException(
          e.code(),
          e.getMessage(),
          Map.of("field", "enterprise.region", "value", IsoDates.abbreviate(name)));
    }
  }
}
