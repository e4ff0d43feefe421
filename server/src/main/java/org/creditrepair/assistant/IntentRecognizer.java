package org.creditrepair.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 意图识别：scores a message against the keyword and phrase lists of {@code
 * knowledge-base/assistant/intents.yaml} (data, not code); unlawful requests are recognised first
 * and answered with the refusal text and its citations.
 */
public final class IntentRecognizer {
  static final String FILE = "assistant/intents.yaml";
  static final int PHRASE_WEIGHT = 3;

  /** One intent's cues. */
  record Cues(Intent intent, List<String> phrases, List<String> keywords) {}

  /**
   * The refusal of unlawful requests: its cues, the cues of someone checking a rumour rather than
   * asking for it ("…洗白，靠谱吗？"), its reply and what the reply rests on.
   */
  public record Refusal(
      List<String> patterns,
      List<String> checking,
      String reply,
      List<Map<String, String>> citations) {}

  /**
   * A recognised message.
   *
   * @param score the winning intent's score (0 for UNKNOWN)
   * @param matched the cues that matched
   */
  public record Recognition(Intent intent, int score, List<String> matched) {}

  private final List<Cues> cues;
  private final Refusal refusal;

  IntentRecognizer(List<Cues> cues, Refusal refusal) {
    this.cues = List.copyOf(cues);
    this.refusal = refusal;
  }

  /** Loads the cue lists of the bundle. */
  @SuppressWarnings("unchecked")
  public static IntentRecognizer load(KnowledgeBundle bundle) {
    BundledResource file =
        bundle.get(FILE).orElseThrow(() -> new IllegalStateException("知识库缺少 " + FILE));
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.text());
    List<Cues> cues = new ArrayList<>();
    for (Object o : (List<Object>) root.get("intents")) {
      Map<String, Object> m = (Map<String, Object>) o;
      cues.add(
          new Cues(
              Intent.valueOf(m.get("id").toString()),
              strings(m.get("phrases")),
              strings(m.get("keywords"))));
    }
    Map<String, Object> r = (Map<String, Object>) root.get("refusals");
    List<Map<String, String>> citations = new ArrayList<>();
    for (Object c : (List<Object>) r.get("citations")) {
      Map<String, String> cm = new java.util.LinkedHashMap<>();
      ((Map<String, Object>) c).forEach((k, v) -> cm.put(k, String.valueOf(v)));
      citations.add(Map.copyOf(cm));
    }
    return new IntentRecognizer(
        cues,
        new Refusal(
            strings(r.get("patterns")),
            strings(r.get("checking")),
            r.get("reply").toString(),
            citations));
  }

  public Refusal refusal() {
    return refusal;
  }

  /** The intent of {@code message}. */
  public Recognition recognize(String message) {
    String text = normalize(message);
    List<String> refused = matches(text, refusal.patterns());
    if (!refused.isEmpty() && !matches(text, refusal.checking()).isEmpty()) {
      // asking whether such an offer is real: a policy question, answered from the texts
      return new Recognition(Intent.POLICY_QUESTION, PHRASE_WEIGHT, refused);
    }
    if (!refused.isEmpty()) {
      return new Recognition(Intent.REFUSE, refused.size() * PHRASE_WEIGHT, refused);
    }
    Recognition best = new Recognition(Intent.UNKNOWN, 0, List.of());
    for (Cues c : cues) {
      List<String> phrases = matches(text, c.phrases());
      List<String> keywords = matches(text, c.keywords());
      int score = phrases.size() * PHRASE_WEIGHT + keywords.size();
      if (score > best.score()) {
        List<String> matched = new ArrayList<>(phrases);
        matched.addAll(keywords);
        best = new Recognition(c.intent(), score, matched);
      }
    }
    return best;
  }

  private static List<String> matches(String text, List<String> cues) {
    return cues.stream().filter(c -> text.contains(normalize(c))).toList();
  }

  /** Lower-cased, full-width letters and digits folded, white space removed. */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : (s == null ? "" : s).toCharArray()) {
      if (c >= '！' && c <= '～') {
        c = (char) (c - 0xFEE0);
      }
      if (!Character.isWhitespace(c) && c != '\u3000') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static List<String> strings(Object o) {
    if (!(o instanceof List<?> l)) {
      return List.of();
    }
    return l.stream().map(String::valueOf).toList();
  }
}
