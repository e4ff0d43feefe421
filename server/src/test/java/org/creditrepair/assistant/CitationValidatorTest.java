package org.creditrepair.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CitationValidatorTest {
  static final Set<CitationValidator.Allowed> RETRIEVED =
      Set.of(
          new CitationValidator.Allowed("市场监督管理行政处罚信息公示规定", "第十四条"),
          new CitationValidator.Allowed("企业信息公示暂行条例", "第十八条"));

  @Test
  @DisplayName("检索到的引用保留，编造的条款与文件被删除并报告")
  void should_keep_retrieved_references_and_remove_invented_ones() {
    var c =
        CitationValidator.check(
            "依据《市场监督管理行政处罚信息公示规定》第十四条可申请提前停止公示；"
                + "另据《信用修复万能条例》第三条可以直接删除；《企业信息公示暂行条例》第十八条规定了列入情形；"
                + "《企业信息公示暂行条例》第九十九条另有规定。",
            RETRIEVED);
    assertTrue(c.text().contains("《市场监督管理行政处罚信息公示规定》第十四条"), c.text());
    assertTrue(c.text().contains("《企业信息公示暂行条例》第十八条"), c.text());
    assertFalse(c.text().contains("万能条例"), c.text());
    assertFalse(c.text().contains("第九十九条"), c.text());
    assertEquals(List.of("《信用修复万能条例》第三条", "《企业信息公示暂行条例》第九十九条"), c.removed());
  }

  @Test
  void should_check_bare_articles_against_what_was_cited() {
    assertEquals(List.of(), CitationValidator.check("见第十四条。", RETRIEVED).removed());
    assertEquals(List.of("第二十条"), CitationValidator.check("见第二十条。", RETRIEVED).removed());
    assertEquals(List.of(), CitationValidator.check("没有引用。", RETRIEVED).removed());
  }
}
