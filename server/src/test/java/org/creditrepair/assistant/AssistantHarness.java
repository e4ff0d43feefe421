package org.creditrepair.assistant;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.creditrepair.application.ApplicationEvents;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.plan.Deadlines;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.precheck.PrecheckHistory;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.reminder.ReminderSettings;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.store.Store;
import org.creditrepair.store.embedded.SqliteStore;
import org.creditrepair.testing.SharedCorpus;

/**
 * 助手测试装置：the real assistant over the real rules engine, an embedded store and a BM25 index of the
 * bundled guides plus (when beside the checkout) the official corpus — what the server wires,
 * without HTTP.
 */
final class AssistantHarness implements AutoCloseable {
  static final String USCC = "91330100MA2XXXXX1B";
  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();
  static final RepairServices REPAIR = RepairServices.load(BUNDLE, List.of());

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Store store;
  final AuditLog audit;
  final ApplicationService applications;
  final ReminderService reminders;
  final PrecheckHistory prechecks;
  final KnowledgeModule knowledge;
  final AssistantService assistant;
  final boolean officialTexts;

  AssistantHarness(Path tmp) throws IOException {
    store = SqliteStore.open(tmp.resolve("store"), clock);
    audit = new AuditLog(store);
    applications =
        new ApplicationService(
            store,
            audit,
            REPAIR.plans(),
            REPAIR.rules(),
            new Deadlines(REPAIR.rules(), REPAIR.dates()),
            clock,
            () -> UUID.randomUUID().toString(),
            ApplicationEvents.NONE);
    reminders = new ReminderService(store, List.of(), clock, ReminderSettings.defaults());
    prechecks = new PrecheckHistory(store, clock);
    Path shared = SharedCorpus.root();
    officialTexts = shared != null;
    List<Path> corpus =
        shared == null ? List.of() : List.of(shared.resolve("corpus").resolve("regulations"));
    knowledge =
        KnowledgeModule.open(
            new KnowledgeSettings(tmp.resolve("data"), corpus, false),
            Clock.systemUTC(),
            IndexProgress.NONE);
    assistant =
        Assistants.offline(
            new Assistants.Parts(
                BUNDLE,
                REPAIR,
                store,
                audit,
                applications,
                reminders,
                prechecks,
                new IndexPolicySearch(knowledge::search),
                clock));
  }

  /** A fine of 2026-06-01, paid 2026-06-10. */
  static org.creditrepair.diagnosis.CreditRecord penalty() {
    return new org.creditrepair.diagnosis.CreditRecord(
        "r1",
        org.creditrepair.kb.rules.RecordType.ADMIN_PENALTY,
        null,
        java.util.Set.of(org.creditrepair.kb.rules.Sanction.FINE),
        null,
        "杭州市市场监督管理局",
        "杭市监罚〔2026〕12号",
        java.time.LocalDate.of(2026, 6, 1),
        null,
        new java.math.BigDecimal("5000"),
        true,
        java.time.LocalDate.of(2026, 6, 10),
        null,
        null,
        java.util.Set.of(),
        List.of());
  }

  static Principal enterprise() {
    return new Principal(USCC, Role.ENTERPRISE, NOW.plusSeconds(3600));
  }

  static Principal staff(String id) {
    return new Principal(id, Role.STATION_STAFF, NOW.plusSeconds(3600));
  }

  /** One turn's events and answer. */
  record Said(List<ChatEvent> events, Reply reply) {
    String text() {
      return new TurnEvents(events).text();
    }

    ChatEvent.Done done() {
      return new TurnEvents(events).done().orElseThrow();
    }

    List<String> tools() {
      return new TurnEvents(events).calls().stream().map(ToolCall::name).toList();
    }

    List<ChatCitation> citations() {
      return new TurnEvents(events).citations();
    }

    String asked() {
      return new TurnEvents(events).asked().orElse(null);
    }

    String sessionId() {
      return done().sessionId();
    }
  }

  /** A conversation of one principal. */
  final class Conversation {
    final Principal who;
    final String uscc;
    String sessionId;

    Conversation(Principal who, String uscc) {
      this.who = who;
      this.uscc = uscc;
    }

    Said say(String message) {
      AssistantService.ChatRequest r = new AssistantService.ChatRequest(sessionId, message, uscc);
      ChatSessions.Stored s = assistant.open(who, r);
      List<ChatEvent> events = new ArrayList<>();
      Reply reply = assistant.chat(who, s, r, events::add);
      Said said = new Said(events, reply);
      sessionId = said.sessionId();
      return said;
    }
  }

  Conversation enterpriseChat() {
    return new Conversation(enterprise(), null);
  }

  Conversation staffChat(String id, String uscc) {
    return new Conversation(staff(id), uscc);
  }

  @Override
  public void close() {
    try {
      knowledge.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    store.close();
  }
}
