package org.creditrepair.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.diagnosis.CitationRef;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.kb.materials.MaterialCatalogue;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.DomainTerms;
import org.creditrepair.knowledge.RegistryEntry;
import org.creditrepair.plan.PlanBuilder;
import org.creditrepair.plan.RepairPlan;
import org.creditrepair.precheck.PrecheckHistory;
import org.creditrepair.reminder.AnnualReportWindow;
import org.creditrepair.reminder.ReminderList;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.auth.Principal;

/**
 * 助手工具箱：the services the assistant calls — retrieval, the rules engine (diagnosis, plan),
 * applications, reminders and the last pre-check — and the citations their results carry. Staff
 * access to an enterprise's data is audit-logged by the services or here.
 */
public final class AssistantToolkit {
  static final int SEARCH_TOP_K = 6;
  static final String AUDIT_REASON = "智能助手咨询";

  /** What a search returned and which of it is relevant. */
  public record Search(
      ToolCall call, List<PolicySearch.Passage> relevant, List<ChatCitation> citations) {}

  private final PolicySearch search;
  private final PlanBuilder plans;
  private final ApplicationService applications;
  private final ReminderService reminders;
  private final PrecheckHistory prechecks;
  private final RuleBook rules;
  private final DocumentRegistry registry;
  private final AnnualReportWindow annualReport;
  private final Relevance relevance;
  private final AuditLog audit;
  private final MaterialCatalogue materials;

  /**
   * @param reminders the reminder service, or null when the module is off
   * @param prechecks pre-check summaries, or null when none are kept
   */
  public AssistantToolkit(
      PolicySearch search,
      PlanBuilder plans,
      ApplicationService applications,
      ReminderService reminders,
      PrecheckHistory prechecks,
      RuleBook rules,
      DocumentRegistry registry,
      AnnualReportWindow annualReport,
      DomainTerms terms,
      AuditLog audit,
      MaterialCatalogue materials) {
    this.search = search;
    this.plans = plans;
    this.applications = applications;
    this.reminders = reminders;
    this.prechecks = prechecks;
    this.rules = rules;
    this.registry = registry;
    this.annualReport = annualReport;
    this.relevance = new Relevance(terms);
    this.audit = audit;
    this.materials = materials;
  }

  /** The Chinese name of a material. */
  public String materialName(String id) {
    return materials.get(id).map(m -> m.name()).orElse(id);
  }

  /** Searches the regulations and guides; an unavailable index is a failed call, not an error. */
  public Search searchRegulations(String query, String region, LocalDate asOf) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("query", query);
    if (region != null) {
      args.put("region", region);
    }
    List<PolicySearch.Passage> hits;
    try {
      hits = search.search(query, region, asOf, SEARCH_TOP_K);
    } catch (CreditRepairException e) {
      return new Search(
          new ToolCall("search_regulations", args, false, "检索暂不可用：" + e.getMessage()),
          List.of(),
          List.of());
    }
    List<PolicySearch.Passage> relevant = dedupe(relevance.relevant(query, hits));
    List<ChatCitation> citations = new ArrayList<>();
    for (PolicySearch.Passage p : relevant) {
      citations.add(
          new ChatCitation(
              p.docId(),
              p.title(),
              p.article(),
              p.official(),
              ChatCitation.Origin.RETRIEVAL,
              null));
    }
    String summary =
        relevant.isEmpty()
            ? "检索到 " + hits.size() + " 段，均与问题无关"
            : "检索到 " + relevant.size() + " 段相关条文或指南";
    return new Search(new ToolCall("search_regulations", args, true, summary), relevant, citations);
  }

  private static List<PolicySearch.Passage> dedupe(List<PolicySearch.Passage> in) {
    Map<String, PolicySearch.Passage> out = new LinkedHashMap<>();
    for (PolicySearch.Passage p : in) {
      out.putIfAbsent(p.docId() + "|" + p.article(), p);
    }
    return List.copyOf(out.values());
  }

  /** The repair plan (with its diagnosis) of {@code records}. */
  public RepairPlan plan(Enterprise enterprise, List<CreditRecord> records, LocalDate asOf) {
    return plans.plan(enterprise, records, asOf);
  }

  /** The diagnosis of {@code records}. */
  public Diagnosis diagnose(Enterprise enterprise, List<CreditRecord> records, LocalDate asOf) {
    return plans.plan(enterprise, records, asOf).diagnosis();
  }

  /** The enterprise's applications, newest first (audit-logged for staff by the service). */
  public List<ApplicationService.View> applications(Principal p, String tenant) {
    return applications.list(p, tenant, Optional.empty(), 5, AUDIT_REASON);
  }

  /** The enterprise's reminders, or empty when the module is off. */
  public Optional<ReminderList> reminders(Principal p, String tenant) {
    if (reminders == null) {
      return Optional.empty();
    }
    audit.record(p, "reminder.list", tenant, null, AUDIT_REASON);
    return Optional.of(reminders.list(tenant));
  }

  /** The enterprise's last pre-check, if any. */
  public Optional<PrecheckHistory.Summary> lastPrecheck(Principal p, String tenant) {
    if (prechecks == null) {
      return Optional.empty();
    }
    audit.record(p, "precheck.history", tenant, null, AUDIT_REASON);
    return prechecks.latest(tenant);
  }

  public AnnualReportWindow annualReport() {
    return annualReport;
  }

  /** The citation of a rule, as the rules engine gives it. */
  public Optional<ChatCitation> ruleCitation(String ruleId) {
    return rules
        .byId(ruleId)
        .map(Rule::meta)
        .map(
            m ->
                new ChatCitation(
                    m.source().doc(),
                    title(m.source().doc()),
                    m.source().article(),
                    m.verified(),
                    ChatCitation.Origin.RULE,
                    m.id()));
  }

  /** A citation of {@code doc} and {@code article} from a rule-like knowledge-base entry. */
  public ChatCitation documentCitation(String doc, String article, boolean verified) {
    return new ChatCitation(doc, title(doc), article, verified, ChatCitation.Origin.RULE, null);
  }

  /** A citation the rules engine produced. */
  public static ChatCitation of(CitationRef c, String ruleId) {
    return new ChatCitation(
        c.docId(), c.docTitle(), c.article(), c.verified(), ChatCitation.Origin.RULE, ruleId);
  }

  String title(String docId) {
    return registry.byId(docId).map(RegistryEntry::title).orElse(docId);
  }
}
