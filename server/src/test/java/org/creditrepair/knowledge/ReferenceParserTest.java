package org.creditrepair.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creditrepair.kb.KnowledgeBundle;
import org.junit.jupiter.api.Test;

class ReferenceParserTest {
  private final ReferenceParser parser =
      new ReferenceParser(
          DocumentRegistry.parse(
              KnowledgeBundle.fromClasspath().get("documents.yaml").orElseThrow().text()));

  @Test
  void alias_and_article_in_chinese_numerals() {
    ReferenceParser.Reference r = parser.parse("45号令第十四条讲的啥");
    assertEquals(List.of("REG-SAMR-45"), r.docIds());
    assertEquals("第十四条", r.article());
  }

  @Test
  void full_title_with_arabic_article_number() {
    ReferenceParser.Reference r = parser.parse("征信业管理条例第25条是怎么规定的");
    assertEquals(List.of("REG-CREDIT-REPORTING"), r.docIds());
    assertEquals("第二十五条", r.article());
  }

  @Test
  void a_title_shared_by_two_versions_names_both() {
    ReferenceParser.Reference r = parser.parse("《企业信息公示暂行条例》第八条");
    assertTrue(
        r.docIds().containsAll(List.of("REG-ENTERPRISE-INFO-2014", "REG-ENTERPRISE-INFO-2024")));
  }

  @Test
  void article_without_document_and_plain_questions() {
    ReferenceParser.Reference r = parser.parse("第十四条提前停止公示的条件");
    assertTrue(r.docIds().isEmpty());
    assertEquals("第十四条", r.article());
    ReferenceParser.Reference none = parser.parse("被罚款了怎么修复信用");
    assertTrue(none.isEmpty());
    assertNull(none.article());
  }
}
