package org.creditrepair.precheck;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditrepair.kb.KnowledgeBundle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 缺陷目录：the defect definitions of {@code knowledge-base/precheck/defects.yaml}, one per {@link
 * DefectCode}; builds {@link Defect}s with their messages filled in.
 */
public final class DefectCatalogue {
  /** Path of the catalogue inside the knowledge bundle. */
  public static final String PATH = "precheck/defects.yaml";

  /** One definition as written in the YAML file. */
  public record Spec(
      DefectCode code,
      Defect.DefectSeverity severity,
      String message,
      String hint,
      String basis,
      String source,
      boolean verified) {}

  private final Map<DefectCode, Spec> specs;

  private DefectCatalogue(Map<DefectCode, Spec> specs) {
    this.specs = specs;
  }

  /** Loads the catalogue from the bundle; fails when a code is missing, unknown or duplicated. */
  public static DefectCatalogue load(KnowledgeBundle bundle) {
    String yaml =
        bundle
            .get(PATH)
            .map(r -> new String(r.bytes(), StandardCharsets.UTF_8))
            .orElseThrow(() -> new IllegalStateException("知识库缺少 " + PATH));
    return parse(yaml);
  }

  @SuppressWarnings("unchecked")
  static DefectCatalogue parse(String yaml) {
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    List<Map<String, Object>> list = (List<Map<String, Object>>) root.get("defects");
    Map<DefectCode, Spec> specs = new EnumMap<>(DefectCode.class);
    for (Map<String, Object> d : list) {
      String id = (String) d.get("id");
      DefectCode code = DefectCode.ofId(id);
      if (code == null) {
        throw new IllegalStateException(PATH + "：未知的缺陷代码 " + id);
      }
      Object source = d.get("source");
      Spec spec =
          new Spec(
              code,
              Defect.DefectSeverity.valueOf((String) d.get("severity")),
              require(d, "message", id),
              require(d, "hint", id),
              require(d, "basis", id),
              source == null ? null : source.toString(),
              Boolean.TRUE.equals(d.get("verified")));
      if ("rule".equals(spec.basis()) && source == null) {
        throw new IllegalStateException(PATH + "：规则类缺陷 " + id + " 没有写依据");
      }
      if (specs.put(code, spec) != null) {
        throw new IllegalStateException(PATH + "：缺陷代码重复 " + id);
      }
    }
    for (DefectCode c : DefectCode.values()) {
      if (!specs.containsKey(c)) {
        throw new IllegalStateException(PATH + "：缺少缺陷代码 " + c.id());
      }
    }
    return new DefectCatalogue(specs);
  }

  private static String require(Map<String, Object> d, String key, String id) {
    Object v = d.get(key);
    if (!(v instanceof String s) || s.isBlank()) {
      throw new IllegalStateException(PATH + "：" + id + " 缺少 " + key);
    }
    return s;
  }

  public Spec spec(DefectCode code) {
    return specs.get(code);
  }

  /** All definitions in code order. */
  public List<Spec> all() {
    return List.copyOf(specs.values());
  }

  /** A defect with {@code values} filled into its message ({found}, {expected}, {page} …). */
  public Defect defect(DefectCode code, Integer page, Map<String, String> values) {
    Spec spec = specs.get(code);
    Map<String, String> details = new LinkedHashMap<>(values);
    if (page != null) {
      details.put("page", String.valueOf(page));
    }
    String message = spec.message();
    for (Map.Entry<String, String> e : details.entrySet()) {
      message = message.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
    }
    return new Defect(code.id(), spec.severity(), message, spec.hint(), page, details);
  }
}
