package org.creditrepair.knowledge.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.DomainTerms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Golden tests of the analysis chain on domain phrases. */
class AnalyzersTest {
  private final Analyzer analyzer =
      Analyzers.perField(
          DomainTerms.parse(
              KnowledgeBundle.fromClasspath().get("analysis/terms.txt").orElseThrow().text()));

  private List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  @DisplayName("领域词字段：口语说法归一到规范术语")
  void domain_field_folds_colloquial_synonyms() throws IOException {
    assertEquals(List.of("失信被执行人"), tokens(Analyzers.TERMS, "老赖"));
    assertEquals(List.of("移出经营异常名录"), tokens(Analyzers.TERMS, "怎么移出异常名录"));
    assertEquals(List.of("经营异常名录"), tokens(Analyzers.TERMS, "被列入异常名录了"));
    assertTrue(tokens(Analyzers.TERMS, "在信用中国上提前停止公示").containsAll(List.of("信用中国", "提前停止公示")));
    assertTrue(tokens(Analyzers.TERMS, "国家企业信用信息公示系统").contains("国家企业信用信息公示系统"));
  }

  @Test
  @DisplayName("二元字段：全角转半角、英文小写、中文两两切分")
  void bigram_field() throws IOException {
    assertEquals(List.of("信用", "用修", "修复"), tokens(Analyzers.BIGRAM, "信用修复"));
    assertEquals(List.of("pdf"), tokens(Analyzers.BIGRAM, "ＰＤＦ"));
  }

  @Test
  @DisplayName("智能分词字段：词语切分")
  void smart_field_segments_words() throws IOException {
    List<String> t = tokens(Analyzers.SMART, "企业申请信用修复");
    assertTrue(
        t.contains("企业") && t.contains("申请") && t.contains("信用") && t.contains("修复"), t.toString());
  }
}
