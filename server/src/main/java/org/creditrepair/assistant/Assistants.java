package org.creditrepair.assistant;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.DomainTerms;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.precheck.PrecheckHistory;
import org.creditrepair.reminder.AnnualReportWindow;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.store.Store;

/** 助手装配：builds the assistant from the knowledge bundle and the services it calls. */
public final class Assistants {
  private Assistants() {}

  /**
   * The services the assistant uses.
   *
   * @param reminders may be null (module off)
   * @param prechecks may be null (no summaries kept)
   */
  public record Parts(
      KnowledgeBundle bundle,
      RepairServices repair,
      Store store,
      AuditLog audit,
      ApplicationService applications,
      ReminderService reminders,
      PrecheckHistory prechecks,
      PolicySearch search,
      Clock clock) {}

  /**
   * The assistant service; {@code responders} turns the model-callable tools and the rule-based
   * responder (its fallback) into the responder to use.
   */
  public static AssistantService create(
      Parts parts,
      java.util.function.BiFunction<List<AssistantTool>, Responder, Responder> responders) {
    AssistantToolkit toolkit = toolkit(parts);
    Responder rules = new RuleResponder();
    Responder responder = responders.apply(ModelTools.of(toolkit), rules);
    return new AssistantService(
        new ChatSessions(parts.store(), parts.clock(), () -> UUID.randomUUID().toString()),
        new Dialogue(IntentRecognizer.load(parts.bundle()), toolkit),
        responder,
        parts.audit(),
        parts.clock(),
        () -> UUID.randomUUID().toString().substring(0, 13));
  }

  /** The rule-based assistant only. */
  public static AssistantService offline(Parts parts) {
    return create(parts, (tools, rules) -> rules);
  }

  static AssistantToolkit toolkit(Parts p) {
    DomainTerms terms =
        DomainTerms.parse(p.bundle().get("analysis/terms.txt").map(r -> r.text()).orElse(""));
    return new AssistantToolkit(
        p.search(),
        p.repair().plans(),
        p.applications(),
        p.reminders(),
        p.prechecks(),
        p.repair().rules(),
        p.repair().registry(),
        AnnualReportWindow.load(p.bundle()),
        terms,
        p.audit(),
        p.repair().materials());
  }
}
