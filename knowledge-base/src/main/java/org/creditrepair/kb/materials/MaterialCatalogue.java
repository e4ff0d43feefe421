package org.creditrepair.kb.materials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.Citation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** 材料目录：the catalogue of application materials ({@code knowledge-base/materials/}). */
public final class MaterialCatalogue {
  private final Map<String, Material> byId;

  public MaterialCatalogue(List<Material> materials) {
    Map<String, Material> map = new LinkedHashMap<>();
    for (Material m : materials) {
      if (map.put(m.id(), m) != null) {
        throw new IllegalArgumentException("duplicate material id " + m.id());
      }
    }
    this.byId = Map.copyOf(map);
  }

  /** Loads every catalogue file of the bundle. */
  public static MaterialCatalogue load(KnowledgeBundle bundle) {
    List<Material> all = new ArrayList<>();
    bundle.list("materials", ".yaml").forEach(r -> all.addAll(parse(r.text(), r.path())));
    return new MaterialCatalogue(all);
  }

  public Optional<Material> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Material> all() {
    return List.copyOf(byId.values());
  }

  @SuppressWarnings("unchecked")
  static List<Material> parse(String yaml, String file) {
    Map<String, Object> root =
        (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    List<Material> out = new ArrayList<>();
    for (Object o : (List<Object>) root.getOrDefault("materials", List.of())) {
      Map<String, Object> m = (Map<String, Object>) o;
      try {
        Map<String, Object> spec = (Map<String, Object>) m.getOrDefault("spec", Map.of());
        Map<String, Object> src = (Map<String, Object>) m.get("source");
        Object article = src.get("article");
        out.add(
            new Material(
                req(m, "id"),
                req(m, "name"),
                new MaterialSpec(
                    Boolean.TRUE.equals(spec.get("original")),
                    Boolean.TRUE.equals(spec.get("copy")),
                    seal(spec.get("sealRequired")),
                    spec.get("signatureRequired") == null
                        ? null
                        : spec.get("signatureRequired").toString(),
                    ((List<Object>) spec.getOrDefault("formats", List.of()))
                        .stream().map(Object::toString).toList(),
                    spec.get("maxMb") instanceof Integer i ? i : 0),
                m.get("template") == null ? null : m.get("template").toString(),
                Boolean.TRUE.equals(m.get("shareable")),
                src.get("doc") == null
                    ? null
                    : new Citation(
                        src.get("doc").toString(), article == null ? null : article.toString()),
                src.get("seed") == null ? null : src.get("seed").toString(),
                Boolean.TRUE.equals(m.get("verified")),
                m.get("note") == null ? null : m.get("note").toString()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + " " + m.get("id") + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String seal(Object v) {
    if (v == null || Boolean.FALSE.equals(v)) {
      return null;
    }
    return Boolean.TRUE.equals(v) ? "公章" : v.toString();
  }

  private static String req(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null || v.toString().isBlank()) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v.toString();
  }
}
