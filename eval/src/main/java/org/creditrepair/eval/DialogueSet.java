package org.creditrepair.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.creditrepair.assistant.Intent;
import org.creditrepair.assistant.Slot;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 对话评测集：loads the labelled dialogues of {@code eval/dialogues/*.yaml} (format in its README) and
 * rejects malformed ones — unknown keys, intents, slots or tools, invalid 统一社会信用代码, duplicate ids.
 */
public final class DialogueSet {
  /** The enterprise a dialogue is about when it names none. */
  public static final String DEFAULT_USCC = "91330100MA2XXXXX1B";

  /** The tools the assistant can call. */
  public static final Set<String> TOOLS =
      Set.of(
          "search_regulations",
          "diagnose_records",
          "build_plan",
          "application_status",
          "list_reminders",
          "last_precheck");

  /** The value of {@code ask} that means: the answer asks nothing. */
  public static final String NO_QUESTION = "NONE";

  private static final Set<String> DIALOGUE_KEYS = Set.of("id", "role", "uscc", "setup", "turns");
  private static final Set<String> SETUP_KEYS = Set.of("application", "precheck", "tenant");
  private static final Set<String> TURN_KEYS =
      Set.of("user", "intent", "ask", "tools", "citations", "grounded", "refuse", "handoff");

  /**
   * What exists before the first turn.
   *
   * @param application whether the enterprise has a submitted repair application
   * @param precheck PASS or FAIL: the verdict of a recorded pre-check, or null for none
   * @param tenant the enterprise set up, when the dialogue itself gives no {@code uscc} (staff who
   *     type the code in a message)
   */
  public record Setup(boolean application, String precheck, String tenant) {
    static final Setup NONE = new Setup(false, null, null);
  }

  /**
   * One user message and what a good assistant does with it; null labels are not checked.
   *
   * @param ask the slot the answer must ask for, {@link #NO_QUESTION}, or null
   * @param tools the tools that must (all and only) be called, or null
   * @param citations document ids expected among the citation events
   * @param grounded true when the answer must be grounded with at least one citation
   * @param refuse whether the answer must be a refusal (never null: unlabelled is false)
   * @param handoff whether the answer must offer or make a hand-off to staff
   */
  public record TurnCase(
      String user,
      Intent intent,
      String ask,
      List<String> tools,
      List<String> citations,
      Boolean grounded,
      boolean refuse,
      Boolean handoff) {
    public TurnCase {
      tools = tools == null ? null : List.copyOf(tools);
      citations = citations == null ? List.of() : List.copyOf(citations);
    }
  }

  /**
   * One conversation.
   *
   * @param uscc for an enterprise: its own code (default {@link #DEFAULT_USCC}); for staff: the
   *     enterprise sent with each request, or null when the clerk has to give it in a message
   */
  public record DialogueCase(
      String id, String file, Role role, String uscc, Setup setup, List<TurnCase> turns) {
    public DialogueCase {
      turns = List.copyOf(turns);
    }

    /** The enterprise the dialogue is about (setup data belongs to it). */
    public String tenant() {
      if (uscc != null) {
        return uscc;
      }
      return setup.tenant() != null ? setup.tenant() : DEFAULT_USCC;
    }
  }

  private DialogueSet() {}

  /** All dialogues of all {@code *.yaml} files in {@code folder}, in file order. */
  public static List<DialogueCase> load(Path folder) throws IOException {
    List<DialogueCase> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        out.addAll(parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString()));
      }
    }
    Set<String> ids = new HashSet<>();
    for (DialogueCase d : out) {
      if (!ids.add(d.id())) {
        throw new IllegalStateException("duplicate dialogue id " + d.id());
      }
    }
    return out;
  }

  /** The dialogues of one file. */
  @SuppressWarnings("unchecked")
  static List<DialogueCase> parse(String yaml, String origin) {
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (!(root instanceof List<?> list)) {
      throw new IllegalStateException(origin + ": expected a list of dialogues");
    }
    List<DialogueCase> out = new ArrayList<>();
    for (Object o : list) {
      Map<String, Object> m = (Map<String, Object>) o;
      String id = required(m, "id", origin);
      String where = origin + " " + id;
      keys(m, DIALOGUE_KEYS, where);
      Role role = Role.valueOf(m.getOrDefault("role", "ENTERPRISE").toString());
      if (role == Role.ADMIN) {
        throw new IllegalStateException(where + ": role must be ENTERPRISE or STATION_STAFF");
      }
      String uscc = m.get("uscc") == null ? null : validUscc(m.get("uscc").toString(), where);
      if (uscc == null && role == Role.ENTERPRISE) {
        uscc = DEFAULT_USCC;
      }
      Setup setup = setup((Map<String, Object>) m.get("setup"), where);
      List<TurnCase> turns = new ArrayList<>();
      Object rawTurns = m.get("turns");
      if (!(rawTurns instanceof List<?> tl) || tl.isEmpty() || tl.size() > 6) {
        throw new IllegalStateException(where + ": 1 to 6 turns");
      }
      for (Object t : tl) {
        turns.add(turn((Map<String, Object>) t, where + " turn " + (turns.size() + 1)));
      }
      out.add(new DialogueCase(id, origin, role, uscc, setup, turns));
    }
    return out;
  }

  private static Setup setup(Map<String, Object> m, String where) {
    if (m == null) {
      return Setup.NONE;
    }
    keys(m, SETUP_KEYS, where + " setup");
    String precheck = m.get("precheck") == null ? null : m.get("precheck").toString();
    if (precheck != null && !precheck.equals("PASS") && !precheck.equals("FAIL")) {
      throw new IllegalStateException(where + ": setup.precheck must be PASS or FAIL");
    }
    String tenant = m.get("tenant") == null ? null : validUscc(m.get("tenant").toString(), where);
    return new Setup(Boolean.TRUE.equals(m.get("application")), precheck, tenant);
  }

  @SuppressWarnings("unchecked")
  private static TurnCase turn(Map<String, Object> m, String where) {
    keys(m, TURN_KEYS, where);
    String user = required(m, "user", where);
    Intent intent = m.get("intent") == null ? null : Intent.valueOf(m.get("intent").toString());
    String ask = m.get("ask") == null ? null : m.get("ask").toString();
    if (ask != null && !ask.equals(NO_QUESTION)) {
      Slot.valueOf(ask);
    }
    List<String> tools = m.containsKey("tools") ? strings(m.get("tools"), where) : null;
    if (tools != null && !TOOLS.containsAll(tools)) {
      throw new IllegalStateException(where + ": unknown tool in " + tools);
    }
    List<String> citations = strings(m.get("citations"), where);
    Boolean grounded = (Boolean) m.get("grounded");
    Boolean refuse = (Boolean) m.get("refuse");
    if (refuse != null && !refuse && intent == Intent.REFUSE) {
      throw new IllegalStateException(where + ": intent REFUSE with refuse: false");
    }
    Boolean handoff = (Boolean) m.get("handoff");
    if (handoff == null && intent == Intent.HANDOFF) {
      handoff = true;
    }
    boolean refused = refuse != null ? refuse : intent == Intent.REFUSE;
    return new TurnCase(user, intent, ask, tools, citations, grounded, refused, handoff);
  }

  private static String validUscc(String code, String where) {
    if (!Uscc.isValid(code)) {
      throw new IllegalStateException(where + ": invalid 统一社会信用代码 " + code);
    }
    return code;
  }

  private static List<String> strings(Object o, String where) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new IllegalStateException(where + ": expected a list, got " + o);
    }
    return l.stream().map(String::valueOf).toList();
  }

  private static String required(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null || v.toString().isBlank()) {
      throw new IllegalStateException(where + ": missing " + key);
    }
    return v.toString();
  }

  private static void keys(Map<String, Object> m, Set<String> allowed, String where) {
    for (String k : m.keySet()) {
      if (!allowed.contains(k)) {
        throw new IllegalStateException(where + ": unknown key " + k);
      }
    }
  }
}
