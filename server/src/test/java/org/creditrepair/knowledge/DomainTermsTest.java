package org.creditrepair.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creditrepair.kb.KnowledgeBundle;
import org.junit.jupiter.api.Test;

class DomainTermsTest {
  private final DomainTerms terms =
      DomainTerms.parse(
          """
          # comment
          失信被执行人 | 老赖 | 失信名单
          经营异常名录 | 异常名录 | 经营异常
          信用修复 | 修复信用
          """);

  @Test
  void finds_longest_terms_and_folds_synonyms_to_the_canonical_term() {
    List<String> found =
        terms.find("公司成了老赖，又进了经营异常名录，想修复信用").stream().map(DomainTerms.Match::canonical).toList();
    assertEquals(List.of("失信被执行人", "经营异常名录", "信用修复"), found);
  }

  @Test
  void bundled_dictionary_is_loaded_and_maps_colloquial_words() {
    DomainTerms bundled =
        DomainTerms.parse(
            KnowledgeBundle.fromClasspath().get("analysis/terms.txt").orElseThrow().text());
    assertEquals("失信被执行人", bundled.canonical("老赖"));
    assertEquals("经营异常名录", bundled.canonical("异常名录"));
    assertEquals(true, bundled.size() > 120);
  }
}
