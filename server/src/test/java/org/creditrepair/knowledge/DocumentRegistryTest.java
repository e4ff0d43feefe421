package org.creditrepair.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.Test;

class DocumentRegistryTest {
  private final DocumentRegistry registry =
      DocumentRegistry.parse(
          KnowledgeBundle.fromClasspath().get("documents.yaml").orElseThrow().text());

  @Test
  void resolves_region_names_as_people_write_them() {
    assertEquals("浙江", registry.resolveRegion("浙江省"));
    assertEquals("浙江/台州", registry.resolveRegion("台州市"));
    assertEquals("广东/深圳", registry.resolveRegion("深圳"));
    assertEquals("上海", registry.resolveRegion("上海市"));
    assertEquals("广西", registry.resolveRegion("广西壮族自治区"));
    assertEquals("浙江/台州", registry.resolveRegion("浙江/台州"));
  }

  @Test
  void unknown_region_is_a_coded_client_error() {
    CreditRepairException e =
        assertThrows(CreditRepairException.class, () -> registry.resolveRegion("火星"));
    assertEquals(ErrorCode.INVALID_REGION, e.code());
    assertEquals("region", e.details().get("field"));
  }

  @Test
  void versions_sharing_a_title_are_told_apart_by_effective_date() {
    assertEquals(
        "REG-ENTERPRISE-INFO-2014",
        registry.match("企业信息公示暂行条例", LocalDate.of(2014, 10, 1)).orElseThrow().id());
    assertEquals(
        "REG-ENTERPRISE-INFO-2024",
        registry.match("企业信息公示暂行条例", LocalDate.of(2024, 5, 1)).orElseThrow().id());
    assertEquals(
        "SEED-DANDONG-REPAIR", registry.match("丹东市企业法人公共信用信息修复管理办法(试行)", null).orElseThrow().id());
  }

  @Test
  void every_entry_has_an_id_title_and_consistent_dates() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (RegistryEntry e : registry.entries()) {
      assertEquals(true, ids.add(e.id()), "unique id " + e.id());
      assertEquals(false, e.title().isBlank(), e.id());
      if (e.effectiveFrom() != null && e.effectiveTo() != null) {
        assertEquals(true, !e.effectiveTo().isBefore(e.effectiveFrom()), e.id());
      }
      assertEquals(
          true, java.util.List.of("P", "M", "S", "U").contains(e.validityEvidence()), e.id());
      if (!e.region().isEmpty()) {
        assertEquals(e.region(), registry.resolveRegion(e.region()));
      }
    }
  }
}
