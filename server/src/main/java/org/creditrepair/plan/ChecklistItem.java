package org.creditrepair.plan;

import java.util.List;

/**
 * 材料清单项：one material to prepare, deduplicated across records and platforms.
 *
 * @param copies how many documents to prepare (1 for shareable materials such as 营业执照)
 * @param template template id that drafts it, or null
 */
public record ChecklistItem(
    String materialId,
    String name,
    String spec,
    List<String> forRecords,
    int copies,
    String template,
    boolean verified,
    String note) {
  public ChecklistItem {
    forRecords = List.copyOf(forRecords);
  }
}
