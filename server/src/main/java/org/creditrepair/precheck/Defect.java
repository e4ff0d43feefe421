package org.creditrepair.precheck;

import java.util.Map;

/**
 * 缺陷：one problem found, with its code, severity, Chinese message and fix hint from the {@link
 * DefectCatalogue}.
 *
 * @param page the 1-based page it concerns, or null
 * @param details the values filled into the message (file, page, expected, found …)
 */
public record Defect(
    String code,
    DefectSeverity severity,
    String message,
    String hint,
    Integer page,
    Map<String, String> details) {
  public Defect {
    details = Map.copyOf(details);
  }

  /** 严重程度：ERROR = reviewers would return it; WARNING = needs a person to look. */
  public enum DefectSeverity {
    ERROR,
    WARNING
  }
}
