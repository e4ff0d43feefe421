package org.creditrepair.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.ingest.FrontMatter;

/**
 * 文书填充：loads the templates of {@code knowledge-base/templates/} and fills their placeholders with
 * the enterprise's data; a placeholder without a value stays visible as a blank to fill in by hand
 * ("＿＿＿＿（法定代表人）").
 */
public final class TemplateRenderer {
  private static final String OPTIONAL = "optional.";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");

  private final List<DocumentTemplate> templates;

  public TemplateRenderer(List<DocumentTemplate> templates) {
    this.templates = List.copyOf(templates);
  }

  /** Loads every template of the bundle. */
  public static TemplateRenderer load(KnowledgeBundle bundle) {
    List<DocumentTemplate> out = new ArrayList<>();
    for (BundledResource r : bundle.list("templates", ".md")) {
      if (r.fileName().equalsIgnoreCase("README.md")) {
        continue;
      }
      FrontMatter fm = FrontMatter.parse(r.text());
      List<String> names = new ArrayList<>();
      Object ph = fm.fields().get("placeholders");
      if (ph instanceof List<?> list) {
        for (Object o : list) {
          names.add(
              o instanceof Map<?, ?> m && m.get("name") != null
                  ? m.get("name").toString()
                  : o.toString());
        }
      }
      out.add(new DocumentTemplate(fm.text("id"), fm.text("title"), names, fm.body()));
    }
    return new TemplateRenderer(out);
  }

  public List<DocumentTemplate> templates() {
    return templates;
  }

  public Optional<DocumentTemplate> get(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The placeholders of {@code template} that {@code values} leaves blank (optional ones aside).
   */
  public List<String> blanks(DocumentTemplate template, Map<String, String> values) {
    return template.placeholders().stream()
        .filter(p -> !p.startsWith(OPTIONAL) && blank(values.get(p)))
        .toList();
  }

  /**
   * Fills the template's placeholders from {@code values}; unknown ones become blanks, and an empty
   * optional section ({@code {{optional.x}}} alone under its heading) is removed with its heading.
   */
  public String render(DocumentTemplate template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(dropEmptyOptionalSections(template.body(), values));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      String replacement = blank(value) ? "＿＿＿＿＿＿" : value;
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String dropEmptyOptionalSections(String body, Map<String, String> values) {
    List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PLACEHOLDER.matcher(lines.get(i).strip());
      if (!m.matches() || !m.group(1).startsWith(OPTIONAL) || !blank(values.get(m.group(1)))) {
        continue;
      }
      int heading = i - 1;
      while (heading >= 0 && lines.get(heading).isBlank()) {
        heading--;
      }
      int from = heading >= 0 && lines.get(heading).startsWith("#") ? heading : i;
      int to = i + 1 < lines.size() && lines.get(i + 1).isBlank() ? i + 1 : i;
      lines.subList(from, to + 1).clear();
      i = from - 1;
    }
    return String.join("\n", lines);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
