package org.creditrepair.diagnosis;

/**
 * 障碍：why a record can't be repaired (yet), with a stable code clients may branch on.
 *
 * @param ruleId the rule that raised it, or null for engine-level blockers (missing dates)
 */
public record Blocker(String code, String message, String ruleId) {}
