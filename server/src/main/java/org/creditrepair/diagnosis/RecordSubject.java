package org.creditrepair.diagnosis;

import java.util.Set;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.RuleSubject;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;

/** 规则适用对象：a record seen on one platform, for rule selection. */
record RecordSubject(CreditRecord record, Platform platform, String regionPath)
    implements RuleSubject {
  @Override
  public RecordType type() {
    return record.type();
  }

  @Override
  public Set<Platform> platforms() {
    return Set.of(platform);
  }

  @Override
  public Severity severity() {
    return record.severity();
  }

  @Override
  public Set<Sanction> sanctions() {
    return record.sanctions();
  }

  @Override
  public String domain() {
    return record.domain();
  }

  /** Platforms a record is published on when the applicant didn't say (DOMAIN.md §2). */
  static Set<Platform> platformsOf(CreditRecord r) {
    if (!r.platforms().isEmpty()) {
      return r.platforms();
    }
    return switch (r.type()) {
      case ADMIN_PENALTY ->
          isMarketRegulation(r)
              ? Set.of(Platform.GSXT, Platform.CREDIT_CHINA)
              : Set.of(Platform.CREDIT_CHINA);
      case ABNORMAL_OPERATION -> Set.of(Platform.GSXT);
      case SERIOUS_ILLEGAL_DISHONEST -> Set.of(Platform.GSXT, Platform.CREDIT_CHINA);
      case SERIOUS_DISHONEST_ENTITY -> Set.of(Platform.CREDIT_CHINA);
      case TAX_MAJOR_VIOLATION, TAX_CREDIT_D -> Set.of(Platform.TAX);
      case COURT_DEFAULTER -> Set.of(Platform.COURT);
      case CREDIT_REPORT -> Set.of(Platform.PBOC);
    };
  }

  private static boolean isMarketRegulation(CreditRecord r) {
    String a = r.authority() == null ? "" : r.authority();
    return a.contains("市场监督")
        || a.contains("市场监管")
        || a.contains("工商")
        || a.contains("药品监督")
        || "MARKET_REGULATION".equals(r.domain());
  }
}
