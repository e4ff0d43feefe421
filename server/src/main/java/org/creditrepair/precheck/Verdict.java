package org.creditrepair.precheck;

/** 预审结论：PASS (nothing found), FAIL (an ERROR defect), NEEDS_REVIEW (only warnings). */
public enum Verdict {
  PASS,
  FAIL,
  NEEDS_REVIEW
}
