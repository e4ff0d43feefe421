package org.creditrepair.knowledge.ingest;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML 头信息：splits a Markdown file into its YAML front matter and body.
 *
 * @param fields the front matter as a map (empty when there is none)
 */
public record FrontMatter(Map<String, Object> fields, String body) {

  /** Parses {@code ---\n yaml \n---\n body}; a file without front matter gives empty fields. */
  @SuppressWarnings("unchecked")
  public static FrontMatter parse(String text) {
    if (!text.startsWith("---\n")) {
      return new FrontMatter(Map.of(), text);
    }
    int end = text.indexOf("\n---", 4);
    if (end < 0) {
      return new FrontMatter(Map.of(), text);
    }
    String yaml = text.substring(4, end);
    int bodyStart = text.indexOf('\n', end + 4);
    String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    Map<String, Object> fields = loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    return new FrontMatter(fields, body);
  }

  /** A field as trimmed text, or "" when absent. */
  public String text(String key) {
    Object v = fields.get(key);
    if (v == null) {
      return "";
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    return v.toString().strip();
  }
}
