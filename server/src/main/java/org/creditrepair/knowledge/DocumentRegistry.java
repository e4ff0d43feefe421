package org.creditrepair.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 文件登记表：the documents the product knows (stable ids, validity, region) and the region names it
 * accepts, loaded from {@code knowledge-base/documents.yaml}.
 */
public final class DocumentRegistry {
  private final List<RegistryEntry> entries;
  private final Map<String, String> regionPaths;

  private DocumentRegistry(List<RegistryEntry> entries, Map<String, String> regionPaths) {
    this.entries = List.copyOf(entries);
    this.regionPaths = Map.copyOf(regionPaths);
  }

  /** Parses the registry YAML. */
  @SuppressWarnings("unchecked")
  public static DocumentRegistry parse(String yamlText) {
    Map<String, Object> root =
        (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
    Map<String, String> regions = new LinkedHashMap<>();
    Map<String, Object> regionNode = (Map<String, Object>) root.getOrDefault("regions", Map.of());
    for (Object p : (List<Object>) regionNode.getOrDefault("provinces", List.of())) {
      regions.put(p.toString(), p.toString());
    }
    Map<String, Object> cities = (Map<String, Object>) regionNode.getOrDefault("cities", Map.of());
    cities.forEach((k, v) -> regions.put(k, v.toString()));
    List<RegistryEntry> entries = new ArrayList<>();
    for (Object o : (List<Object>) root.getOrDefault("documents", List.of())) {
      Map<String, Object> m = (Map<String, Object>) o;
      List<String> aliases = new ArrayList<>();
      for (Object a : (List<Object>) m.getOrDefault("aliases", List.of())) {
        aliases.add(a.toString());
      }
      entries.add(
          new RegistryEntry(
              str(m, "id"),
              str(m, "title"),
              aliases,
              str(m, "issuer"),
              str(m, "documentNumber"),
              str(m, "level"),
              str(m, "region"),
              date(m.get("effectiveFrom")),
              date(m.get("effectiveTo")),
              str(m, "validityEvidence")));
    }
    return new DocumentRegistry(entries, regions);
  }

  public List<RegistryEntry> entries() {
    return entries;
  }

  public Optional<RegistryEntry> byId(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Finds the entry for a parsed document: same normalised title, and where several versions share
   * a title, the one whose effectiveFrom equals the document's (or, failing that, the one in force
   * on it).
   */
  public Optional<RegistryEntry> match(String title, LocalDate effectiveFrom) {
    String key = TitleKey.of(title);
    List<RegistryEntry> same =
        entries.stream().filter(e -> TitleKey.of(e.title()).equals(key)).toList();
    if (same.size() <= 1 || effectiveFrom == null) {
      return same.stream().findFirst();
    }
    return same.stream()
        .filter(e -> effectiveFrom.equals(e.effectiveFrom()))
        .findFirst()
        .or(
            () ->
                same.stream()
                    .filter(
                        e ->
                            (e.effectiveFrom() == null
                                    || !effectiveFrom.isBefore(e.effectiveFrom()))
                                && (e.effectiveTo() == null
                                    || !effectiveFrom.isAfter(e.effectiveTo())))
                    .findFirst());
  }

  /**
   * Resolves a client's region name ("浙江", "浙江省", "台州市", "广东/深圳") to a region path.
   *
   * @throws CreditRepairException INVALID_REGION when it names no known region
   */
  public String resolveRegion(String name) {
    String n = name.strip();
    if (regionPaths.containsValue(n)) {
      return n;
    }
    for (String suffix : new String[] {"", "省", "市", "自治区", "特别行政区"}) {
      if (n.endsWith(suffix) && !suffix.isEmpty()) {
        String base = n.substring(0, n.length() - suffix.length());
        if (regionPaths.containsKey(base)) {
          return regionPaths.get(base);
        }
      }
    }
    if (regionPaths.containsKey(n)) {
      return regionPaths.get(n);
    }
    for (Map.Entry<String, String> e : regionPaths.entrySet()) {
      // Autonomous regions are often written in full: 广西壮族自治区, 新疆维吾尔自治区.
      if (n.startsWith(e.getKey()) && n.endsWith("自治区")) {
        return e.getValue();
      }
    }
    throw new CreditRepairException(
        ErrorCode.INVALID_REGION,
        "无法识别的地区：" + name + "（请填写省级行政区名称，如“浙江”，或已收录的城市，如“台州”）",
        Map.of("field", "region", "value", name));
  }

  /** The region path a document title starts with ("上海市社会信用条例" → 上海), or "" for none. */
  public String regionOfTitle(String title) {
    String best = "";
    int bestLen = 0;
    for (Map.Entry<String, String> e : regionPaths.entrySet()) {
      if (title.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
        best = e.getValue();
        bestLen = e.getKey().length();
      }
    }
    return best;
  }

  /** A stable id for a document the registry does not list: DOC- and a hash of its title. */
  public static String derivedId(String title) {
    try {
      byte[] h =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(TitleKey.of(title).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "DOC-"
          + java.util.HexFormat.of().formatHex(h, 0, 5).toUpperCase(java.util.Locale.ROOT);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? "" : v.toString();
  }

  private static LocalDate date(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(v.toString());
  }
}
