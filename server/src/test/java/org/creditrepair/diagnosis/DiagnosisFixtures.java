package org.creditrepair.diagnosis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.RuleBook;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.RegistryEntry;

/**
 * 诊断测试夹具：the real rule book and registry, and builders for records (shared with the plan tests).
 */
public final class DiagnosisFixtures {
  static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();
  static final RuleBook RULES = RuleBook.load(BUNDLE);
  static final DocumentRegistry REGISTRY =
      DocumentRegistry.parse(BUNDLE.get("documents.yaml").orElseThrow().text());
  public static final Enterprise ACME = new Enterprise("杭州某某贸易有限公司", "91330106MA2XXXXXXX", "浙江");

  private DiagnosisFixtures() {}

  static DiagnosisEngine engine(DateRules dates) {
    AtomicInteger n = new AtomicInteger();
    return new DiagnosisEngine(
        RULES,
        dates,
        id -> REGISTRY.byId(id).map(RegistryEntry::title).orElse(id),
        REGISTRY::resolveRegion,
        () -> "D" + n.incrementAndGet());
  }

  /** A record builder with sensible defaults. */
  public static Builder record(String id, RecordType type) {
    return new Builder(id, type);
  }

  public static final class Builder {
    private final String id;
    private final RecordType type;
    private Severity severity;
    private Set<Sanction> sanctions = Set.of();
    private String domain;
    private String authority;
    private LocalDate decisionDate;
    private LocalDate publishedDate;
    private Boolean fulfilled;
    private LocalDate fulfilledDate;
    private LocalDate listedDate;
    private Set<Platform> platforms = Set.of();
    private List<PriorRepair> prior = List.of();
    private String reason;

    Builder(String id, RecordType type) {
      this.id = id;
      this.type = type;
    }

    public Builder severity(Severity s) {
      severity = s;
      return this;
    }

    public Builder sanctions(Sanction first, Sanction... rest) {
      sanctions = EnumSet.of(first, rest);
      return this;
    }

    public Builder domain(String d) {
      domain = d;
      return this;
    }

    public Builder authority(String a) {
      authority = a;
      return this;
    }

    public Builder decided(String date) {
      decisionDate = LocalDate.parse(date);
      return this;
    }

    public Builder published(String date) {
      publishedDate = LocalDate.parse(date);
      return this;
    }

    public Builder listed(String date) {
      listedDate = LocalDate.parse(date);
      return this;
    }

    public Builder fulfilled(String date) {
      fulfilled = true;
      fulfilledDate = date == null ? null : LocalDate.parse(date);
      return this;
    }

    public Builder unfulfilled() {
      fulfilled = false;
      return this;
    }

    public Builder on(Platform first, Platform... rest) {
      platforms = EnumSet.of(first, rest);
      return this;
    }

    public Builder prior(RecordType t, String date) {
      prior =
          java.util.stream.Stream.concat(
                  prior.stream(),
                  java.util.stream.Stream.of(new PriorRepair(t, LocalDate.parse(date))))
              .toList();
      return this;
    }

    public Builder reason(String r) {
      reason = r;
      return this;
    }

    public CreditRecord build() {
      return new CreditRecord(
          id,
          type,
          severity,
          sanctions,
          domain,
          authority,
          null,
          decisionDate,
          publishedDate,
          BigDecimal.ZERO,
          fulfilled,
          fulfilledDate,
          reason,
          listedDate,
          platforms,
          prior);
    }
  }
}
