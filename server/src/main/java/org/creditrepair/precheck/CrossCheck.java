package org.creditrepair.precheck;

import java.util.List;

/**
 * 交叉核对：one check across documents and the record (USCC, name, 文号, amounts, timeline, signer,
 * materials, publicity period), its outcome and the defects it found.
 *
 * @param files the files it concerns
 */
public record CrossCheck(
    String id, String title, Outcome outcome, List<String> files, List<Defect> defects) {
  public CrossCheck {
    files = List.copyOf(files);
    defects = List.copyOf(defects);
  }

  /** PASSED, FAILED (an ERROR defect), WARNED (warnings only), SKIPPED (nothing to compare). */
  public enum Outcome {
    PASSED,
    FAILED,
    WARNED,
    SKIPPED
  }
}
