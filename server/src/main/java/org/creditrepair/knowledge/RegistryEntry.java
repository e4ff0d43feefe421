package org.creditrepair.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * 登记文件：one document of the registry ({@code knowledge-base/documents.yaml}), whether or not its
 * text is indexed.
 *
 * @param validityEvidence P, M, S or U (DOMAIN.md evidence levels) for the validity dates
 */
public record RegistryEntry(
    String id,
    String title,
    List<String> aliases,
    String issuer,
    String documentNumber,
    String level,
    String region,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String validityEvidence) {
  public RegistryEntry {
    aliases = List.copyOf(aliases);
  }
}
