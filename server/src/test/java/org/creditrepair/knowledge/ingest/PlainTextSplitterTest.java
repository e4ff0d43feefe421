package org.creditrepair.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlainTextSplitterTest {
  private final PlainTextSplitter splitter = new PlainTextSplitter();
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  @DisplayName("一个文件多份文件：按标题行拆开，无正文的标题丢弃，网站杂项丢弃")
  void splits_compilations_by_title_lines() {
    String body1 = "第一条为规范修复制定本办法。".repeat(20);
    String body2 = "一、总体要求 加快推进信用体系建设。".repeat(15);
    String text =
        "某市信用修复管理办法(试行)\n"
            + body1
            + "\n某某安全管理制度\n国务院办公厅关于推进信用监管的指导意见\n"
            + body2
            + "\n温馨提示\n"
            + "- 1. 本站资源仅供参考。".repeat(20)
            + "\n";
    List<PlainTextSplitter.TextDocument> docs = splitter.split(text, "file");
    assertEquals(2, docs.size());
    assertEquals("某市信用修复管理办法(试行)", docs.get(0).title());
    assertEquals("国务院办公厅关于推进信用监管的指导意见", docs.get(1).title());
    assertFalse(docs.get(1).body().contains("本站资源"));
  }

  @Test
  @DisplayName("繁体与拼音噪声：转换为简体并去掉注音")
  void normalizes_traditional_text_and_pinyin_noise() {
    String noisy = "信用修復(fù)流程專題報告：企業應當提交信用修復(fù)申請書和承諾書。";
    String clean = normalizer.normalize(noisy);
    assertEquals("信用修复流程专题报告：企业应当提交信用修复申请书和承诺书。", clean);
    String simplified = "市场监督管理部门应当公示行政处罚信息。";
    assertEquals(simplified, normalizer.normalize(simplified));
  }

  @Test
  void title_falls_back_to_the_first_clause_for_generic_headers() {
    String text = "文档简介\n安全信用修复流程专题报告汇报人:XXX " + "内容".repeat(120);
    List<PlainTextSplitter.TextDocument> docs = splitter.split(text, "file");
    assertEquals(1, docs.size());
    assertTrue(docs.getFirst().title().startsWith("安全信用修复流程专题报告"));
  }
}
