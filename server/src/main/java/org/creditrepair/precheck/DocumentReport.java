package org.creditrepair.precheck;

import java.util.List;

/**
 * 单份材料结果：a file's detected type (with the classifier's evidence), its fields, its pages and its
 * defects.
 */
public record DocumentReport(
    String fileName,
    FileKind fileKind,
    DocumentType detectedType,
    DocumentClassifier.Classification classification,
    DocumentFields fields,
    List<PageResult> pages,
    int seals,
    List<Defect> defects) {
  public DocumentReport {
    pages = List.copyOf(pages);
    defects = List.copyOf(defects);
  }

  /** All page texts joined, in page order. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (PageResult p : pages) {
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }
}
