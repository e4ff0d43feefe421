package org.creditrepair.precheck;

/**
 * 缺陷代码：every defect the pre-check can report; messages, hints, severities and sources are data in
 * {@code knowledge-base/precheck/defects.yaml} (id = "PRE-" + name with dashes).
 */
public enum DefectCode {
  FILE_FORMAT,
  FILE_NAME_MISMATCH,
  FILE_DUPLICATE,
  PAGE_UNREADABLE,
  PAGE_BLURRED,
  PAGE_ROTATED,
  PAGE_BLANK,
  PAGE_MISSING,
  PAGE_LOW_RESOLUTION,
  DOC_UNCLASSIFIED,
  SEAL_MISSING,
  SIGNATURE_MISSING,
  USCC_INVALID,
  USCC_MISSING,
  DATE_MISSING,
  DATE_IN_FUTURE,
  AMOUNT_WORDS_MISMATCH,
  DECISION_NO_MISSING,
  USCC_MISMATCH_DOCUMENTS,
  USCC_MISMATCH_RECORD,
  NAME_MISMATCH_DOCUMENTS,
  NAME_MISMATCH_RECORD,
  DECISION_NO_MISMATCH,
  FINE_MISMATCH_RECORD,
  AMOUNT_BELOW_FINE,
  PAYMENT_BEFORE_DECISION,
  COMMITMENT_BEFORE_PAYMENT,
  SIGNER_NOT_LEGAL_REP,
  LEGAL_REP_MISMATCH,
  AGENT_ID_MISSING,
  MATERIAL_MISSING,
  MATERIAL_UNCHECKED,
  PUBLICITY_PERIOD_NOT_REACHED,
  DECISION_DATE_MISMATCH;

  /** The stable id, e.g. PRE-SEAL-MISSING. */
  public String id() {
    return "PRE-" + name().replace('_', '-');
  }

  /** The code for an id, or null. */
  public static DefectCode ofId(String id) {
    for (DefectCode c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return null;
  }
}
