package org.creditrepair.assistant.llm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 提示词：the versioned prompt files of {@code knowledge-base/assistant/prompts/} (data, not code): the
 * system prompt, the template of the grounded-facts message and the short texts around tool calls,
 * as named by {@code prompts.yaml}.
 *
 * @param systemVersion the file the system prompt came from, e.g. {@code system.v1.md}
 * @param contextVersion the file the context template came from
 */
public record Prompts(
    String system,
    String contextTemplate,
    Map<String, String> texts,
    String systemVersion,
    String contextVersion) {
  static final String FOLDER = "assistant/prompts/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  public Prompts {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(contextTemplate, "contextTemplate");
    texts = Map.copyOf(texts);
  }

  /** The prompts of the bundle shipped on the classpath. */
  public static Prompts fromClasspath() {
    return load(KnowledgeBundle.fromClasspath());
  }

  /** The prompts {@code prompts.yaml} of {@code bundle} names. */
  @SuppressWarnings("unchecked")
  public static Prompts load(KnowledgeBundle bundle) {
    Map<String, Object> index =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(read(bundle, "prompts.yaml"));
    String system = String.valueOf(index.get("system"));
    String context = String.valueOf(index.get("context"));
    Map<String, String> texts = new LinkedHashMap<>();
    Object t = index.get("texts");
    if (t instanceof Map<?, ?> m) {
      ((Map<Object, Object>) m).forEach((k, v) -> texts.put(k.toString(), String.valueOf(v)));
    }
    return new Prompts(
        read(bundle, system).strip(), read(bundle, context).strip(), texts, system, context);
  }

  /** The grounded-facts message: the context template with {@code values} filled in. */
  public String context(Map<String, String> values) {
    return render(contextTemplate, values);
  }

  /** The short text {@code key} of {@code prompts.yaml} with {@code values} filled in. */
  public String text(String key, Map<String, String> values) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalStateException("prompts.yaml has no text " + key);
    }
    return render(t, values);
  }

  /** {@code template} with each {{name}} replaced; a placeholder without a value is an error. */
  static String render(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalArgumentException("no value for placeholder " + m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String read(KnowledgeBundle bundle, String file) {
    return bundle
        .get(FOLDER + file)
        .map(BundledResource::text)
        .orElseThrow(() -> new IllegalStateException("知识库缺少 " + FOLDER + file));
  }
}
