package org.creditrepair.kb.rules;

import java.util.Set;

/** 规则适用对象：the facts of one record that decide which rules apply to it. */
public interface RuleSubject {
  RecordType type();

  /** Where the record is published; empty when the applicant doesn't know. */
  Set<Platform> platforms();

  /** Severity class, or null when not given. */
  Severity severity();

  Set<Sanction> sanctions();

  /** Sector (FOOD, DRUG, …), or null. */
  String domain();

  /** Region path of the enterprise ("浙江/台州"), or null. */
  String regionPath();
}
