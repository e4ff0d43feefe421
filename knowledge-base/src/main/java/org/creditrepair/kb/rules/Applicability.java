package org.creditrepair.kb.rules;

import java.util.Set;

/**
 * 适用范围：which records a rule applies to; an empty set means "any". All given dimensions must hold.
 *
 * @param sanctionsAny the record has at least one of these sanctions
 * @param sanctionsOnly the record has sanctions and none outside this set
 * @param regions region paths; the record's region must equal one or lie inside one
 */
public record Applicability(
    Set<RecordType> recordTypes,
    Set<Platform> platforms,
    Set<Severity> severities,
    Set<Sanction> sanctionsAny,
    Set<Sanction> sanctionsOnly,
    Set<String> domains,
    Set<String> regions) {
  public static final Applicability ANY =
      new Applicability(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public Applicability {
    recordTypes = Set.copyOf(recordTypes);
    platforms = Set.copyOf(platforms);
    severities = Set.copyOf(severities);
    sanctionsAny = Set.copyOf(sanctionsAny);
    sanctionsOnly = Set.copyOf(sanctionsOnly);
    domains = Set.copyOf(domains);
    regions = Set.copyOf(regions);
  }

  /** True when the subject falls within this scope. */
  public boolean matches(RuleSubject s) {
    return (recordTypes.isEmpty() || recordTypes.contains(s.type()))
        && (platforms.isEmpty() || s.platforms().stream().anyMatch(platforms::contains))
        && (severities.isEmpty() || (s.severity() != null && severities.contains(s.severity())))
        && (sanctionsAny.isEmpty() || s.sanctions().stream().anyMatch(sanctionsAny::contains))
        && (sanctionsOnly.isEmpty()
            || (!s.sanctions().isEmpty() && sanctionsOnly.containsAll(s.sanctions())))
        && (domains.isEmpty() || (s.domain() != null && domains.contains(s.domain())))
        && (regions.isEmpty() || regions.stream().anyMatch(r -> within(s.regionPath(), r)));
  }

  /** A count of the dimensions given: more specific rules say more. */
  public int specificity() {
    int n = 0;
    for (Set<?> set :
        java.util.List.of(
            recordTypes, platforms, severities, sanctionsAny, sanctionsOnly, domains, regions)) {
      n += set.isEmpty() ? 0 : 1;
    }
    return n;
  }

  private static boolean within(String path, String region) {
    return path != null && (path.equals(region) || path.startsWith(region + "/"));
  }
}
