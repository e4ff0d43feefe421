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

  /**
   * A heading, blank lines, a line holding only an optional placeholder, and the blank lines after.
   */
  private static final Pattern OPTIONAL_SECTION =
      Pattern.compile(
          "(?m)^#+[^\\n]*\\n(?:[ \\t]*\\n)*[ \\t]*\\{\\{\\s*(optional\\.[A-Za-z0-9_.]+)\\s*}}[ \\t]*(?:\\n[ \\t]*)*(?:\\n|\\z)");

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
   * Fills the template's placeholders from {@code values}; unknown ones become blanks. An optional
   * section (a heading followed only by an {@code {{optional.…}}} placeholder) without a value is
   * removed with its heading (templates/README.md).
   */
  public String render(DocumentTemplate template, Map<String, String> values) {
    Matcher o = OPTIONAL_SECTION.matcher(template.body());
    StringBuilder body = new StringBuilder();
    while (o.find()) {
      String value = values.get(o.group(1));
      o.appendReplacement(
          body, value == null || value.isBlank() ? "" : Matcher.quoteReplacement(o.group()));
    }
    o.appendTail(body);
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      String replacement = blank(value) ? "＿＿＿＿＿＿" : value;
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
