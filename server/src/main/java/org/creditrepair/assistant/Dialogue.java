package org.creditrepair.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;

/**
 * 对话管理：decides what one message asks for (intent, with the task in progress taken into account),
 * collects the facts a diagnosis needs one question at a time, calls the tools and has the answer
 * composed by {@link Answers} — the rule-based ("deterministic") half of the assistant.
 */
public final class Dialogue {
  /** Misses in a row after which the assistant hands the question to staff itself. */
  static final int MISSES_BEFORE_HANDOFF = 2;

  /**
   * One message in its conversation.
   *
   * @param tenant the enterprise the conversation is about, or null when not yet known
   */
  public record Input(
      Principal principal,
      ChatSession session,
      String message,
      String redacted,
      IntentRecognizer.Recognition recognition,
      SlotExtractor.Slots slots,
      String tenant,
      LocalDate today) {}

  /**
   * What the turn came to.
   *
   * @param tenant the enterprise the conversation is about after the turn (may be newly known)
   * @param escalateBy USER or ASSISTANT when the turn hands the conversation to staff, else null
   */
  public record Outcome(
      Reply reply,
      DialogueState state,
      String tenant,
      String escalateBy,
      String escalateReason,
      Set<CitationValidator.Allowed> quoted) {
    public Outcome {
      quoted = quoted == null ? Set.of() : Set.copyOf(quoted);
    }

    Outcome(Reply reply, DialogueState state, String tenant, String by, String reason) {
      this(reply, state, tenant, by, reason, Set.of());
    }
  }

  private final IntentRecognizer recognizer;
  private final AssistantToolkit tools;
  private final Answers answers;

  public Dialogue(IntentRecognizer recognizer, AssistantToolkit tools) {
    this.recognizer = recognizer;
    this.tools = tools;
    this.answers = new Answers(tools);
  }

  public IntentRecognizer recognizer() {
    return recognizer;
  }

  /** The answer to {@code in}; never throws for anything the user wrote. */
  public Outcome step(Input in) {
    DialogueState state = in.session().state();
    if (in.slots().region() != null) {
      state = state.withRegion(in.slots().region());
    }
    String tenant = in.tenant();
    if (tenant == null && in.slots().uscc() != null) {
      tenant = in.slots().uscc();
      state = state.withUscc(tenant);
    }
    Intent intent = route(in, state);
    return switch (intent) {
      case REFUSE -> keep(refusal(), state, tenant);
      case HANDOFF ->
          new Outcome(answers.handoff(), state.idle(0, false), tenant, "USER", "用户要求转人工");
      case DIAGNOSE, PLAN -> task(in, intent, state, tenant);
      case CHECK_UPLOADS -> keep(uploads(in, state, tenant), state.idle(0, false), tenant);
      case APPLICATION_STATUS -> withTenant(in, state, tenant, Intent.APPLICATION_STATUS);
      case REMINDERS -> withTenant(in, state, tenant, Intent.REMINDERS);
      case POLICY_QUESTION -> policy(in, state, tenant);
      case GREETING -> keep(answers.greeting(), state.idle(0, false), tenant);
      case UNKNOWN -> keep(answers.unknown(), state.idle(state.misses() + 1, false), tenant);
    };
  }

  private Intent route(Input in, DialogueState state) {
    IntentRecognizer.Recognition r = in.recognition();
    SlotExtractor.Slots s = in.slots();
    if (r.intent() == Intent.REFUSE || r.intent() == Intent.HANDOFF) {
      return r.intent();
    }
    if (state.handoffOffered() && (Boolean.TRUE.equals(s.answer()) || wantsHandoff(in.message()))) {
      return Intent.HANDOFF;
    }
    boolean explicit = r.score() >= IntentRecognizer.PHRASE_WEIGHT;
    if (state.pending() != null) {
      boolean answersQuestion = state.asked() != null && answers(state.asked(), s);
      if (r.intent() == Intent.PLAN || r.intent() == Intent.DIAGNOSE) {
        return r.intent();
      }
      if (!explicit || answersQuestion || r.intent() == Intent.UNKNOWN) {
        return state.pending();
      }
    }
    if ((r.intent() == Intent.UNKNOWN || r.intent() == Intent.GREETING && !explicit)
        && (s.recordType() != null || !s.sanctions().isEmpty())) {
      return Intent.DIAGNOSE;
    }
    if (r.intent() == Intent.UNKNOWN && looksLikeQuestion(in.message())) {
      return Intent.POLICY_QUESTION;
    }
    return r.intent();
  }

  private static boolean answers(Slot asked, SlotExtractor.Slots s) {
    return switch (asked) {
      case USCC -> s.uscc() != null || s.invalidUscc() != null;
      case RECORD_TYPE -> s.recordType() != null || !s.sanctions().isEmpty();
      case SANCTIONS -> !s.sanctions().isEmpty();
      case DECISION_DATE, LISTED_DATE, FULFILLED_DATE -> !s.dates().isEmpty();
      case FULFILLED -> s.fulfilled() != null || s.answer() != null;
    };
  }

  private static boolean wantsHandoff(String m) {
    String t = IntentRecognizer.normalize(m);
    return t.matches("(好|好的|可以|行|要|需要|转吧|转|麻烦转一下|好的谢谢)[。！!]?");
  }

  static boolean looksLikeQuestion(String m) {
    return m.contains("？")
        || m.contains("?")
        || m.contains("吗")
        || m.contains("怎么")
        || m.contains("什么")
        || m.contains("如何")
        || m.contains("哪")
        || m.contains("多久")
        || m.contains("能否")
        || m.contains("是否")
        || m.contains("多少")
        || m.contains("咋")
        || m.contains("会不会");
  }

  private Outcome keep(Reply reply, DialogueState state, String tenant) {
    return new Outcome(reply, state, tenant, null, null);
  }

  private Reply refusal() {
    IntentRecognizer.Refusal r = recognizer.refusal();
    List<ChatCitation> citations = new ArrayList<>();
    for (Map<String, String> c : r.citations()) {
      String rule = c.get("rule");
      Optional<ChatCitation> cited = rule == null ? Optional.empty() : tools.ruleCitation(rule);
      cited.ifPresent(citations::add);
    }
    String basis = citations.isEmpty() ? "" : "（依据：" + Answers.labels(citations) + "）";
    return Answers.reply(
        Intent.REFUSE,
        r.reply().strip() + basis,
        citations,
        List.of(),
        List.of(),
        !citations.isEmpty());
  }

  /** Diagnosis and plan: collect what is missing, one question at a time, then ask the engine. */
  private Outcome task(Input in, Intent intent, DialogueState state, String tenant) {
    RecordDraft draft = state.current().merge(in.slots(), state.asked());
    if (needsUscc(in.principal(), tenant)) {
      DialogueState next = state.withTask(intent, Slot.USCC, draft);
      return keep(
          answers.askUscc(in.slots().invalidUscc() != null).withIntent(intent), next, tenant);
    }
    if (draft.latestDate().filter(d -> d.isAfter(in.today())).isPresent()) {
      RecordDraft cleared = draft.withoutDates();
      Slot ask = cleared.next().orElse(Slot.DECISION_DATE);
      return keep(
          answers.invalidFact("日期不能晚于今天（" + in.today() + "）", ask, cleared).withIntent(intent),
          state.withTask(intent, ask, cleared),
          tenant);
    }
    List<RecordDraft> done = state.records();
    boolean planOfKnown = intent == Intent.PLAN && draft.isEmpty() && !done.isEmpty();
    Optional<Slot> missing = planOfKnown ? Optional.empty() : draft.next();
    if (missing.isPresent()) {
      Slot ask = missing.get();
      boolean retry = ask == state.asked() && state.pending() != null;
      return keep(
          answers.ask(ask, draft, retry).withIntent(intent),
          state.withTask(intent, ask, draft),
          tenant);
    }
    List<RecordDraft> drafts = new ArrayList<>(done);
    if (!planOfKnown) {
      drafts.remove(draft);
      drafts.add(draft);
    }
    List<CreditRecord> records = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      records.add(drafts.get(i).toRecord("r" + (i + 1)));
    }
    Enterprise enterprise = new Enterprise("本企业", tenant, state.region());
    try {
      Reply reply =
          intent == Intent.PLAN
              ? answers.plan(
                  tools.plan(enterprise, records, in.today()), records, arguments(records))
              : answers.diagnosis(
                  tools.diagnose(enterprise, records, in.today()), records, arguments(records));
      DialogueState next = planOfKnown ? state.idle(0, false) : state.completed(draft);
      return keep(reply, next, tenant);
    } catch (CreditRepairException e) {
      // a fact the engine refuses (a date in the future, payment before the decision …): ask again
      RecordDraft cleared = draft.withoutDates();
      Slot ask = cleared.next().orElse(Slot.RECORD_TYPE);
      return keep(
          answers.invalidFact(e.getMessage(), ask, cleared).withIntent(intent),
          state.withTask(intent, ask, cleared),
          tenant);
    }
  }

  private static Map<String, String> arguments(List<CreditRecord> records) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("records", String.valueOf(records.size()));
    args.put(
        "types", String.join(",", records.stream().map(r -> r.type().name()).distinct().toList()));
    return args;
  }

  private static boolean needsUscc(Principal p, String tenant) {
    return p.role() != Role.ENTERPRISE && tenant == null;
  }

  private Outcome withTenant(Input in, DialogueState state, String tenant, Intent intent) {
    if (needsUscc(in.principal(), tenant)) {
      return keep(
          answers.askUscc(in.slots().invalidUscc() != null).withIntent(intent),
          state.withTask(intent, Slot.USCC, state.current()),
          tenant);
    }
    Reply reply =
        intent == Intent.APPLICATION_STATUS
            ? answers.applications(tools.applications(in.principal(), tenant), in.today())
            : answers.reminders(
                tools.reminders(in.principal(), tenant),
                in.message().contains("年报") || in.message().contains("年度报告"),
                in.today());
    return keep(reply, state.idle(0, false), tenant);
  }

  private Reply uploads(Input in, DialogueState state, String tenant) {
    var last =
        tenant == null
            ? Optional.<org.creditrepair.precheck.PrecheckHistory.Summary>empty()
            : tools.lastPrecheck(in.principal(), tenant);
    List<CreditRecord> records = new ArrayList<>();
    for (int i = 0; i < state.records().size(); i++) {
      records.add(state.records().get(i).toRecord("r" + (i + 1)));
    }
    var plan =
        records.isEmpty() || tenant == null
            ? null
            : tools.plan(new Enterprise("本企业", tenant, state.region()), records, in.today());
    return answers.uploads(last.orElse(null), plan);
  }

  private Outcome policy(Input in, DialogueState state, String tenant) {
    AssistantToolkit.Search search =
        tools.searchRegulations(in.redacted(), state.region(), in.today());
    if (search.relevant().isEmpty()) {
      int misses = state.misses() + 1;
      if (misses >= MISSES_BEFORE_HANDOFF) {
        return new Outcome(
            answers.notFoundHandedOff(search.call()),
            state.idle(0, false),
            tenant,
            "ASSISTANT",
            "连续 " + misses + " 个问题未检索到依据");
      }
      return keep(answers.notFound(search.call()), state.idle(misses, true), tenant);
    }
    return new Outcome(
        answers.passages(search),
        state.idle(0, false),
        tenant,
        null,
        null,
        Answers.quotedReferences(search));
  }
}
