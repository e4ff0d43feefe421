package org.creditrepair.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.creditrepair.assistant.AssistantService;
import org.creditrepair.assistant.ChatAction;
import org.creditrepair.assistant.ChatCitation;
import org.creditrepair.assistant.ChatEvent;
import org.creditrepair.assistant.ChatMessage;
import org.creditrepair.assistant.ChatSessions;
import org.creditrepair.assistant.Intent;
import org.creditrepair.assistant.Reply;
import org.creditrepair.assistant.ToolCall;
import org.creditrepair.assistant.TurnEvents;
import org.creditrepair.eval.DialogueSet.DialogueCase;
import org.creditrepair.eval.DialogueSet.TurnCase;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;

/**
 * 助手评测：runs the labelled dialogues of {@code eval/dialogues} through the rule-based assistant, in
 * process over the shared corpus, and prints intent, tool and question accuracy, citation validity,
 * grounded answers, expected-citation recall, refusal precision and recall, hand-off correctness
 * and personal-data echo, with every failing turn.
 */
public final class AssistantEval implements AutoCloseable {
  /** "Today" of every dialogue: 2026-12-01 in China. */
  public static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  /** Metrics in print order; the two invariants are checked separately from the baseline. */
  public static final List<String> METRICS =
      List.of(
          "intentAccuracy",
          "toolAccuracy",
          "askAccuracy",
          "citationValidity",
          "groundedRate",
          "citationRecall",
          "refusalPrecision",
          "refusalRecall",
          "handoffAccuracy");

  static final String CITATION_MARKER = "〔此处引用未能核对，已删除〕";

  static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();
  static final RepairServices REPAIR = RepairServices.load(BUNDLE, List.of());

  private final KnowledgeModule knowledge;
  private final Path work;
  private final Set<String> known;
  private final DocumentRegistry registry;
  private final boolean embeddings;
  private final long indexMillis;
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private PrintStream trace;

  private AssistantEval(
      KnowledgeModule knowledge, Path work, Set<String> known, boolean embeddings, long ms) {
    this.knowledge = knowledge;
    this.work = work;
    this.known = known;
    this.registry = DocumentRegistry.parse(BUNDLE.get("documents.yaml").orElseThrow().text());
    this.embeddings = embeddings;
    this.indexMillis = ms;
  }

  /**
   * Indexes the bundled guides and {@code corpusDirs} into a fresh index under {@code work}.
   *
   * @param embeddings dense vectors as in production (slow to build on 2 cores), else BM25 only
   */
  public static AssistantEval open(List<Path> corpusDirs, Path work, boolean embeddings)
      throws IOException {
    long t0 = System.nanoTime();
    KnowledgeModule module =
        KnowledgeModule.open(
            new KnowledgeSettings(work.resolve("index"), corpusDirs, embeddings),
            Clock.systemUTC(),
            IndexProgress.NONE);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return new AssistantEval(module, work, KnownChunks.keys(corpusDirs), embeddings, ms);
  }

  /** Prints every turn (message, intent, question, tools, citations, answer) to {@code out}. */
  public AssistantEval trace(PrintStream out) {
    this.trace = out;
    return this;
  }

  /** A share of checks that passed. */
  public record Ratio(int passed, int total) {
    public double value() {
      return total == 0 ? 1.0 : (double) passed / total;
    }
  }

  /** One failed check of one turn. */
  public record Failure(
      String dialogue, int turn, String check, String expected, String got, String answer) {}

  /**
   * Results of one run.
   *
   * @param piiEchoes personal data values of the users' messages found in an answer, a tool call,
   *     the stored history or the store's files, of {@code piiChecked} values
   * @param perIntent intent accuracy by expected intent
   * @param citationDefects the turns ("dialogue#turn") with an invalid citation or a removed
   *     reference
   * @param piiDefects the dialogues whose personal data was echoed or stored
   */
  public record Report(
      int dialogues,
      int turns,
      Map<String, Ratio> metrics,
      int piiEchoes,
      int piiChecked,
      Map<Intent, Ratio> perIntent,
      List<Failure> failures,
      Set<String> citationDefects,
      Set<String> piiDefects,
      boolean embeddings,
      long indexMillis,
      long runMillis) {
    public double value(String metric) {
      return metrics.get(metric).value();
    }
  }

  /** Counters of one run. */
  private static final class Tally {
    final Map<String, int[]> m = new LinkedHashMap<>();
    final Map<Intent, int[]> perIntent = new TreeMap<>();
    final List<Failure> failures = new ArrayList<>();
    final Set<String> citationDefects = new LinkedHashSet<>();
    final Set<String> piiDefects = new LinkedHashSet<>();
    int refuseTp;
    int refuseFp;
    int refuseFn;
    int pii;
    int piiChecked;

    Tally() {
      METRICS.forEach(k -> m.put(k, new int[2]));
    }

    boolean count(String metric, boolean ok) {
      int[] c = m.get(metric);
      c[1]++;
      if (ok) {
        c[0]++;
      }
      return ok;
    }
  }

  /** Runs every dialogue, each against a fresh store. */
  public Report run(List<DialogueCase> cases) throws IOException {
    long t0 = System.nanoTime();
    Tally t = new Tally();
    int turns = 0;
    int n = 0;
    for (DialogueCase d : cases) {
      Path dir = work.resolve("store-" + (n++));
      List<String> seen;
      try (EvalAssistant a = EvalAssistant.open(dir, BUNDLE, REPAIR, knowledge, clock)) {
        a.setUp(d);
        seen = runDialogue(a, d, t);
      }
      checkPersonalData(d, seen, dir, t);
      turns += d.turns().size();
    }
    Map<String, Ratio> metrics = new LinkedHashMap<>();
    t.m.forEach((k, v) -> metrics.put(k, new Ratio(v[0], v[1])));
    metrics.put("refusalPrecision", new Ratio(t.refuseTp, t.refuseTp + t.refuseFp));
    metrics.put("refusalRecall", new Ratio(t.refuseTp, t.refuseTp + t.refuseFn));
    Map<Intent, Ratio> per = new TreeMap<>();
    t.perIntent.forEach((k, v) -> per.put(k, new Ratio(v[0], v[1])));
    return new Report(
        cases.size(),
        turns,
        metrics,
        t.pii,
        t.piiChecked,
        per,
        t.failures,
        t.citationDefects,
        t.piiDefects,
        embeddings,
        indexMillis,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** What one turn streamed and answered. */
  record Said(List<ChatEvent> events, Reply reply) {
    TurnEvents read() {
      return new TurnEvents(events);
    }

    String text() {
      return read().text();
    }

    ChatEvent.Done done() {
      return read().done().orElseThrow();
    }

    List<String> tools() {
      return read().tools();
    }

    List<ToolCall> calls() {
      return read().calls();
    }

    List<ChatCitation> citations() {
      return read().citations();
    }

    String asked() {
      return read().asked().orElse(DialogueSet.NO_QUESTION);
    }

    boolean handoff() {
      return done().actions().stream()
          .map(ChatAction::type)
          .anyMatch(x -> x.equals("OFFER_HANDOFF") || x.equals("HANDOFF"));
    }
  }

  /** Runs one dialogue; returns every text it produced (answers, tool calls, stored history). */
  private List<String> runDialogue(EvalAssistant a, DialogueCase d, Tally t) {
    Principal who = a.principal(d);
    String requestUscc = d.role() == Role.ENTERPRISE ? null : d.uscc();
    String sessionId = null;
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < d.turns().size(); i++) {
      TurnCase tc = d.turns().get(i);
      var request = new AssistantService.ChatRequest(sessionId, tc.user(), requestUscc);
      Said s;
      try {
        ChatSessions.Stored opened = a.service().open(who, request);
        List<ChatEvent> events = new ArrayList<>();
        Reply reply = a.service().chat(who, opened, request, events::add);
        s = new Said(events, reply);
      } catch (RuntimeException e) {
        t.failures.add(new Failure(d.id(), i + 1, "error", "an answer", e.toString(), ""));
        if (tc.intent() != null) {
          t.count("intentAccuracy", false);
        }
        if (tc.refuse()) {
          t.refuseFn++;
        }
        continue;
      }
      sessionId = s.done().sessionId();
      if (trace != null) {
        trace(d, i + 1, tc, s);
      }
      check(d, i + 1, tc, s, t);
      seen.add(s.text());
      seen.add(s.reply().text());
      for (ToolCall c : s.calls()) {
        seen.add(c.arguments().toString() + " " + c.summary());
      }
    }
    if (sessionId != null) {
      for (ChatMessage m : a.service().session(who, sessionId, null).messages()) {
        seen.add(m.text());
      }
    }
    return seen;
  }

  private void trace(DialogueCase d, int turn, TurnCase tc, Said s) {
    trace.printf(
        Locale.ROOT,
        "%s #%d %s%n    → %s ask=%s tools=%s handoff=%s status=%s grounded=%s cites=%s%n    %s%n",
        d.id(),
        turn,
        tc.user(),
        s.done().intent(),
        s.asked(),
        s.tools(),
        s.handoff(),
        s.done().status(),
        s.reply().grounded(),
        s.citations().stream().map(AssistantEval::key).toList(),
        s.text().replaceAll("\\s+", " "));
  }

  private void check(DialogueCase d, int turn, TurnCase tc, Said s, Tally t) {
    String answer = s.text();
    Intent got = s.done().intent();
    if (tc.intent() != null) {
      int[] pi = t.perIntent.computeIfAbsent(tc.intent(), k -> new int[2]);
      pi[1]++;
      if (t.count("intentAccuracy", got == tc.intent())) {
        pi[0]++;
      } else {
        fail(t, d, turn, "intent", tc.intent(), got, answer);
      }
    }
    if (tc.tools() != null
        && !t.count("toolAccuracy", Set.copyOf(tc.tools()).equals(Set.copyOf(s.tools())))) {
      fail(t, d, turn, "tools", tc.tools(), s.tools(), answer);
    }
    if (tc.ask() != null && !t.count("askAccuracy", tc.ask().equals(s.asked()))) {
      fail(t, d, turn, "ask", tc.ask(), s.asked(), answer);
    }
    for (ChatCitation c : s.citations()) {
      String why = invalid(c, answer);
      if (!t.count("citationValidity", why == null)) {
        t.citationDefects.add(d.id() + "#" + turn);
        fail(t, d, turn, "citation", "a citation the index holds", key(c) + " " + why, answer);
      }
    }
    if (!t.count("citationValidity", !answer.contains(CITATION_MARKER))) {
      t.citationDefects.add(d.id() + "#" + turn);
      fail(t, d, turn, "citation", "no removed reference", "marker in answer", answer);
    }
    if (Boolean.TRUE.equals(tc.grounded())) {
      boolean ok = !s.citations().isEmpty() && s.reply().grounded();
      if (!t.count("groundedRate", ok)) {
        fail(
            t,
            d,
            turn,
            "grounded",
            "grounded with citations",
            "grounded=" + s.reply().grounded() + ", " + s.citations().size() + " citations",
            answer);
      }
    }
    Set<String> cited = new LinkedHashSet<>();
    s.citations().forEach(c -> cited.add(c.docId()));
    for (String doc : tc.citations()) {
      if (!t.count("citationRecall", cited.contains(doc))) {
        fail(t, d, turn, "citation recall", doc, cited, answer);
      }
    }
    boolean refused = got == Intent.REFUSE;
    if (refused && tc.refuse()) {
      t.refuseTp++;
    } else if (refused) {
      t.refuseFp++;
      fail(t, d, turn, "refuse", false, true, answer);
    } else if (tc.refuse()) {
      t.refuseFn++;
      fail(t, d, turn, "refuse", true, false, answer);
    }
    if (tc.handoff() != null && !t.count("handoffAccuracy", tc.handoff() == s.handoff())) {
      fail(t, d, turn, "handoff", tc.handoff(), s.handoff(), answer);
    }
  }

  private static void fail(
      Tally t, DialogueCase d, int turn, String check, Object expected, Object got, String answer) {
    t.failures.add(
        new Failure(
            d.id(),
            turn,
            check,
            String.valueOf(expected),
            String.valueOf(got),
            abbreviate(answer)));
  }

  private static String key(ChatCitation c) {
    return c.docId() + "|" + (c.article() == null ? "" : c.article());
  }

  /**
   * Why a citation is not valid, or null: its document and article must be a chunk of the index
   * (official text or our guide); a rule may also cite a registered document whose full text is not
   * in the corpus when it says it is unverified. Its label must be shown in the answer.
   */
  String invalid(ChatCitation c, String answer) {
    if (c.docId() == null) {
      return "no document id";
    }
    if (!answer.contains(c.label())) {
      return "label " + c.label() + " not in the answer";
    }
    if (known.contains(key(c))) {
      return null;
    }
    boolean registeredWithoutText =
        registry.byId(c.docId()).isPresent() && !known.contains(c.docId() + "|");
    if (c.origin() == ChatCitation.Origin.RULE && registeredWithoutText) {
      return c.verified() ? "marked verified but its text is not indexed" : null;
    }
    return known.contains(c.docId() + "|") ? "no such article in the index" : "unknown document";
  }

  private static final Pattern DIGITS18 =
      Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

  /** Mobile numbers, also written in groups ("139 1234 5678", "139-1234-5678"). */
  private static final Pattern MOBILE =
      Pattern.compile("(?<![\\d-])1[3-9]\\d(?:[- ]?\\d{4}){2}(?![\\d-])");

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** 居民身份证号码 (GB 11643 check), mobile numbers and e-mail addresses in {@code text}. */
  static List<String> personalData(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = DIGITS18.matcher(text);
    while (m.find()) {
      String s = m.group();
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (s.charAt(i) - '0') * WEIGHTS[i];
      }
      if (Character.toUpperCase(s.charAt(17)) == "10X98765432".charAt(sum % 11)) {
        out.add(s);
      }
    }
    for (Pattern p : List.of(MOBILE, EMAIL)) {
      Matcher x = p.matcher(text);
      while (x.find()) {
        out.add(x.group());
      }
    }
    return out;
  }

  /**
   * Each ID-card number, mobile number and e-mail address of the dialogue's messages must appear
   * neither in {@code seen} nor anywhere in the store's files.
   */
  private static void checkPersonalData(DialogueCase d, List<String> seen, Path dir, Tally t)
      throws IOException {
    Set<String> pii = new LinkedHashSet<>();
    d.turns().forEach(tc -> pii.addAll(personalData(tc.user())));
    if (pii.isEmpty()) {
      return;
    }
    List<String> stored = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        stored.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    for (String p : pii) {
      t.piiChecked++;
      String where = seen.stream().filter(x -> x.contains(p)).findFirst().orElse(null);
      boolean inStore = stored.stream().anyMatch(x -> x.contains(p));
      if (where != null || inStore) {
        t.pii++;
        t.piiDefects.add(d.id());
        t.failures.add(
            new Failure(
                d.id(),
                0,
                "pii",
                "not echoed or stored",
                mask(p),
                where != null ? abbreviate(where) : "found in the store's files"));
      }
    }
  }

  private static String mask(String p) {
    return p.substring(0, 3) + "…" + p.substring(p.length() - 2);
  }

  static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.codePointCount(0, one.length()) <= 80
        ? one
        : one.substring(0, one.offsetByCodePoints(0, 80)) + "…";
  }

  /** Prints the table, per-intent accuracy and the failing turns. */
  public static void print(Report r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Assistant evaluation: %d dialogues, %d turns; index %s (built in %.1f s), run %.1f s%n",
        r.dialogues(),
        r.turns(),
        r.embeddings() ? "hybrid (BM25 + bge-small-zh embeddings)" : "BM25 only (embeddings off)",
        r.indexMillis() / 1000.0,
        r.runMillis() / 1000.0);
    out.printf(Locale.ROOT, "%-18s %8s %12s%n", "metric", "value", "passed/total");
    for (String m : METRICS) {
      Ratio x = r.metrics().get(m);
      out.printf(Locale.ROOT, "%-18s %8.3f %12s%n", m, x.value(), x.passed() + "/" + x.total());
    }
    out.printf(
        Locale.ROOT,
        "%-18s %8d %12s%n",
        "piiEcho",
        r.piiEchoes(),
        "of " + r.piiChecked() + " numbers/addresses");
    out.println("intent accuracy by expected intent:");
    r.perIntent()
        .forEach(
            (k, v) ->
                out.printf(
                    Locale.ROOT,
                    "  %-18s %6.3f %8s%n",
                    k,
                    v.value(),
                    v.passed() + "/" + v.total()));
    out.println("failing turns (" + r.failures().size() + "):");
    for (Failure f : r.failures()) {
      out.printf(
          Locale.ROOT,
          "  %s #%d %s: expected %s, got %s | %s%n",
          f.dialogue(),
          f.turn(),
          f.check(),
          f.expected(),
          f.got(),
          f.answer());
    }
  }

  /**
   * Metrics below the baseline, and any break of the invariants: citation validity 1.0 and no
   * personal-data echo. Known defects of the assistant listed in the baseline's {@code
   * waived.citationValidity} (turns) and {@code waived.piiEcho} (dialogues), each with its
   * suggested fix in a comment, are reported but tolerated.
   */
  public static List<String> belowBaseline(Report r, Properties baseline) {
    List<String> below = new ArrayList<>();
    Set<String> waived = waived(baseline, "waived.citationValidity");
    for (String turn : r.citationDefects()) {
      if (!waived.contains(turn)) {
        below.add("citationValidity: invalid citation or removed reference in " + turn);
      }
    }
    Set<String> waivedPii = waived(baseline, "waived.piiEcho");
    for (String dialogue : r.piiDefects()) {
      if (!waivedPii.contains(dialogue)) {
        below.add("piiEcho: personal data echoed or stored in " + dialogue);
      }
    }
    for (String m : METRICS) {
      String v = baseline.getProperty(m);
      if (v != null && r.value(m) + 1e-9 < Double.parseDouble(v)) {
        below.add(String.format(Locale.ROOT, "%s %.3f < baseline %s", m, r.value(m), v));
      }
    }
    return below;
  }

  /**
   * Known defects the baseline tolerates under {@code key}: turns ("dialogue#turn") for {@code
   * waived.citationValidity}, dialogue ids for {@code waived.piiEcho}; comma-separated.
   */
  static Set<String> waived(Properties baseline, String key) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : baseline.getProperty(key, "").split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * The line after which a baseline file lists its waivers; kept when the figures are rewritten.
   */
  static final String WAIVERS = "# --- known defects (kept when the baseline is rewritten) ---";

  /** Writes the figures, rounded down to 3 decimals, as the new baseline; keeps its waivers. */
  public static void writeBaseline(Report r, Path file) throws IOException {
    StringBuilder sb =
        new StringBuilder(
            "# Assistant baseline (AssistantEval / AssistantEvalTest): a run fails below any of"
                + " these.\n# Invariants whatever the figures: every citation valid and no removed"
                + " reference,\n# no personal data echoed (except the waived known defects below).\n");
    sb.append("# ")
        .append(r.dialogues())
        .append(" dialogues, ")
        .append(r.turns())
        .append(" turns, index ")
        .append(r.embeddings() ? "hybrid" : "BM25 only")
        .append('\n');
    for (String m : METRICS) {
      double floor = Math.floor(r.value(m) * 1000 + 1e-9) / 1000;
      sb.append(m).append('=').append(String.format(Locale.ROOT, "%.3f", floor)).append('\n');
    }
    sb.append("piiEcho=").append(r.piiEchoes()).append('\n');
    if (Files.exists(file)) {
      String old = Files.readString(file, StandardCharsets.UTF_8);
      int at = old.indexOf(WAIVERS);
      if (at >= 0) {
        sb.append('\n').append(old.substring(at));
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** Reads a baseline file (empty when it does not exist). */
  public static Properties readBaseline(Path file) throws IOException {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
    }
    return p;
  }

  @Override
  public void close() throws IOException {
    knowledge.close();
  }

  /**
   * Usage (from the repository root): {@code AssistantEval [--shared DIR] [--dialogues DIR]
   * [--baseline FILE] [--embeddings] [--verbose] [--write-baseline]}.
   */
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(System.getProperty("cr.shared.dir", "../shared"));
    Path dialogues = Path.of("eval/dialogues");
    Path baseline = Path.of("eval/baselines/assistant.properties");
    boolean write = false;
    boolean embeddings = false;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = Path.of(args[++i]);
        case "--dialogues" -> dialogues = Path.of(args[++i]);
        case "--baseline" -> baseline = Path.of(args[++i]);
        case "--embeddings" -> embeddings = true;
        case "--write-baseline" -> write = true;
        case "--verbose" -> verbose = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Path> dirs = List.of(shared.resolve("corpus/regulations"), shared.resolve("seeds"));
    List<DialogueCase> cases = DialogueSet.load(dialogues);
    Path work = Files.createTempDirectory("assistant-eval");
    Report r;
    try (AssistantEval eval = open(dirs, work, embeddings)) {
      if (verbose) {
        eval.trace(System.out);
      }
      r = eval.run(cases);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
    print(r, System.out);
    if (write) {
      writeBaseline(r, baseline);
      System.out.println("baseline written to " + baseline);
      return;
    }
    List<String> below = belowBaseline(r, readBaseline(baseline));
    below.forEach(System.err::println);
    System.exit(below.isEmpty() ? 0 : 1);
  }
}
