package org.creditrepair.kb.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** 规则文件解析：reads one rule file; any schema error names the file and rule. */
final class RuleFileParser {
  private static final Set<String> COMMON =
      Set.of(
          "id",
          "kind",
          "applies",
          "source",
          "verified",
          "note",
          "effectiveFrom",
          "effectiveTo",
          "overrides");

  private RuleFileParser() {}

  @SuppressWarnings("unchecked")
  static Regime parse(String yaml, String file) {
    Map<String, Object> root;
    try {
      root = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    Map<String, Object> r = map(root.get("regime"), file + ": regime");
    String regimeId = text(r, "id", file);
    LocalDate from = date(r.get("effectiveFrom"), file);
    LocalDate to = date(r.get("effectiveTo"), file);
    List<Rule> rules = new ArrayList<>();
    for (Object o : (List<Object>) root.getOrDefault("rules", List.of())) {
      Map<String, Object> m = map(o, file + ": rule");
      String where = file + " " + m.getOrDefault("id", "?");
      try {
        rules.add(rule(m, regimeId, from, to));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new Regime(
        regimeId, text(r, "name", file), from, to, citation(r.get("source")), file, rules);
  }

  private static Rule rule(Map<String, Object> m, String regimeId, LocalDate from, LocalDate to) {
    String kind = text(m, "kind", "");
    RuleMeta meta =
        new RuleMeta(
            text(m, "id", ""),
            regimeId,
            applicability(m.get("applies")),
            citation(m.get("source")),
            Boolean.TRUE.equals(m.get("verified")),
            opt(m, "note"),
            m.containsKey("effectiveFrom") ? date(m.get("effectiveFrom"), "") : from,
            m.containsKey("effectiveTo") ? date(m.get("effectiveTo"), "") : to,
            strings(m.get("overrides")));
    if (!(m.get("verified") instanceof Boolean)) {
      throw new IllegalArgumentException("verified must be true or false");
    }
    Set<String> allowed = new LinkedHashSet<>(COMMON);
    Rule rule =
        switch (kind) {
          case "NOT_APPLICABLE" -> {
            allowed.addAll(List.of("authority", "route", "message"));
            yield new Rule.NotApplicable(
                meta, text(m, "authority", ""), text(m, "route", ""), text(m, "message", ""));
          }
          case "PUBLICITY" -> {
            allowed.addAll(List.of("minimum", "maximum", "autoEnd", "message"));
            Object auto = m.getOrDefault("autoEnd", "AFTER_FULFILMENT");
            if (!"AFTER_FULFILMENT".equals(auto) && !"ALWAYS".equals(auto)) {
              throw new IllegalArgumentException("autoEnd must be AFTER_FULFILMENT or ALWAYS");
            }
            yield new Rule.Publicity(
                meta,
                period(m.get("minimum")),
                period(m.get("maximum")),
                "AFTER_FULFILMENT".equals(auto),
                opt(m, "message"));
          }
          case "EARLY_END_BAR" -> {
            allowed.addAll(List.of("blocker", "message"));
            yield new Rule.EarlyEndBar(meta, text(m, "blocker", ""), text(m, "message", ""));
          }
          case "CONDITION" -> {
            allowed.addAll(List.of("condition", "blocker", "message"));
            yield new Rule.ConditionRule(
                meta,
                Condition.valueOf(text(m, "condition", "")),
                text(m, "blocker", ""),
                text(m, "message", ""));
          }
          case "ROUTE" -> {
            allowed.addAll(List.of("authority", "channel", "platform", "message"));
            Object p = m.get("platform");
            yield new Rule.Route(
                meta,
                text(m, "authority", ""),
                text(m, "channel", ""),
                p == null ? null : Platform.valueOf(p.toString()),
                opt(m, "message"));
          }
          case "DEADLINE" -> {
            allowed.addAll(List.of("event", "workingDays", "days", "message"));
            int wd = number(m.get("workingDays"));
            int d = number(m.get("days"));
            if ((wd > 0) == (d > 0)) {
              throw new IllegalArgumentException("a deadline has either workingDays or days");
            }
            String event = text(m, "event", "");
            if (!Rule.DEADLINE_EVENTS.contains(event)) {
              throw new IllegalArgumentException(
                  "unknown deadline event '"
                      + event
                      + "', expected one of "
                      + Rule.DEADLINE_EVENTS);
            }
            yield new Rule.Deadline(meta, event, wd, d, text(m, "message", ""));
          }
          case "MATERIALS" -> {
            allowed.addAll(List.of("materials", "message"));
            List<String> mats = strings(m.get("materials"));
            if (mats.isEmpty()) {
              throw new IllegalArgumentException("materials is empty");
            }
            yield new Rule.Materials(meta, mats, opt(m, "message"));
          }
          case "GROUPING" -> {
            allowed.addAll(List.of("channel", "message"));
            yield new Rule.Grouping(meta, text(m, "channel", ""), opt(m, "message"));
          }
          default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
        };
    for (String key : m.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("unknown field '" + key + "' for kind " + kind);
      }
    }
    return rule;
  }

  @SuppressWarnings("unchecked")
  private static Applicability applicability(Object o) {
    if (o == null) {
      return Applicability.ANY;
    }
    Map<String, Object> m = map(o, "applies");
    Set<String> known =
        Set.of(
            "recordTypes",
            "platforms",
            "severities",
            "sanctionsAny",
            "sanctionsOnly",
            "domains",
            "regions");
    for (String k : m.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown applies key '" + k + "'");
      }
    }
    return new Applicability(
        enums(m.get("recordTypes"), RecordType.class),
        enums(m.get("platforms"), Platform.class),
        enums(m.get("severities"), Severity.class),
        enums(m.get("sanctionsAny"), Sanction.class),
        enums(m.get("sanctionsOnly"), Sanction.class),
        Set.copyOf(strings(m.get("domains"))),
        Set.copyOf(strings(m.get("regions"))));
  }

  private static <E extends Enum<E>> Set<E> enums(Object o, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (String s : strings(o)) {
      out.add(Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Period period(Object o) {
    if (o == null) {
      return null;
    }
    Map<String, Object> m = map(o, "period");
    return new Period(
        number(m.get("years")),
        number(m.get("months")),
        number(m.get("days")),
        PeriodStart.valueOf(text(m, "from", "period")));
  }

  @SuppressWarnings("unchecked")
  private static Citation citation(Object o) {
    Map<String, Object> m = map(o, "source");
    Object article = m.get("article");
    return new Citation(text(m, "doc", "source"), article == null ? null : article.toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String what) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(what + " must be a mapping");
    }
    return (Map<String, Object>) m;
  }

  private static String text(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null || v.toString().isBlank()) {
      throw new IllegalArgumentException(where + " missing '" + key + "'");
    }
    return v.toString().strip();
  }

  private static String opt(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString().strip();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new IllegalArgumentException("expected a list, got " + o);
    }
    return ((List<Object>) l).stream().map(Object::toString).toList();
  }

  private static int number(Object o) {
    if (o == null) {
      return 0;
    }
    if (!(o instanceof Integer i) || i < 0) {
      throw new IllegalArgumentException("expected a non-negative whole number, got " + o);
    }
    return i;
  }

  private static LocalDate date(Object o, String where) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(o.toString());
  }
}
