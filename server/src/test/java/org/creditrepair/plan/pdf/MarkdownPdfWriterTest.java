package org.creditrepair.plan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.plan.DocumentTemplate;
import org.creditrepair.plan.TemplateRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 文书 PDF：writes Chinese text with the CJK font of Debian fonts-wqy-zenhei and reads it back with
 * PDFBox; skips with a message where the font is not installed.
 */
@DisplayName("文书 PDF 输出")
class MarkdownPdfWriterTest {
  private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  private final MarkdownPdfWriter writer = new MarkdownPdfWriter(FONT);

  private void requireFont() {
    assumeTrue(
        writer.available(),
        "skipped: CJK font " + FONT + " missing (apt-get install -y fonts-wqy-zenhei)");
  }

  private static String text(PDDocument doc) throws IOException {
    return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
  }

  @Test
  @DisplayName("写出含中文的 PDF，用 PDFBox 读回能找到标题、段落和列表项")
  void should_write_chinese_text_that_pdfbox_reads_back() throws IOException {
    requireFont();
    String md =
        """
        # 信用修复承诺书

        杭州市市场监督管理局：

        本单位 **杭州某某贸易有限公司**（统一社会信用代码：91330106MA2B3C4D5E）郑重承诺：

        - 罚款已于2025年5月25日缴清
        * 整改事项已经完成

        法定代表人（签字）：＿＿＿＿＿＿＿＿
        """;
    byte[] pdf = writer.write("信用修复承诺书", md);
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("信用修复承诺书", doc.getDocumentInformation().getTitle());
      String text = text(doc);
      assertTrue(text.startsWith("信用修复承诺书"), text);
      assertTrue(text.contains("杭州市市场监督管理局："), text);
      assertTrue(text.contains("本单位杭州某某贸易有限公司（统一社会信用代码：91330106MA2B3C4D5E）郑重承诺"), text);
      assertFalse(text.contains("**"), "emphasis markers are not printed");
      assertFalse(text.contains("#"), "heading markers are not printed");
      assertTrue(text.contains("罚款已于2025年5月25日缴清"), text);
      assertTrue(text.contains("整改事项已经完成"), text);
      assertTrue(text.contains("法定代表人（签字）：＿＿＿＿＿＿＿＿"), text);
    }
  }

  @Test
  @DisplayName("长段落按宽度换行、超过一页时另起新页，文字不丢失")
  void should_wrap_long_paragraphs_and_add_pages() throws IOException {
    requireFont();
    String sentence = "本单位已经纠正相关违法失信行为，主动消除其造成的不良影响。";
    String md = (sentence.repeat(8) + "\n\n").repeat(20);
    byte[] pdf = writer.write("情况说明", md);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
      String text = text(doc);
      assertEquals(160, text.split("主动消除其造成的不良影响", -1).length - 1, "every sentence kept");
    }
  }

  @Test
  @DisplayName("知识库的每个模板填充后都能写成 PDF")
  void should_write_every_rendered_template() throws IOException {
    requireFont();
    TemplateRenderer renderer = TemplateRenderer.load(KnowledgeBundle.fromClasspath());
    for (DocumentTemplate t : renderer.templates()) {
      String md = renderer.render(t, Map.of("enterprise.name", "杭州某某贸易有限公司"));
      try (PDDocument doc = Loader.loadPDF(writer.write(t.title(), md))) {
        String text = text(doc);
        assertTrue(text.contains("杭州某某贸易有限公司"), t.id() + ": " + text);
        assertTrue(text.contains("＿＿＿＿＿＿"), t.id());
      }
    }
  }

  @Test
  @DisplayName("字体里没有的字符（如表情符号）以替代符号输出，不使整份文书失败")
  void should_replace_characters_the_font_lacks() throws IOException {
    requireFont();
    byte[] pdf = writer.write("说明", "经办人备注：已缴清\uD83D\uDE00\t（见附件）\n- 列表项");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = text(doc);
      assertTrue(text.contains("经办人备注：已缴清"), text);
      assertTrue(text.contains("（见附件）"), text);
      assertTrue(text.contains("列表项"), text);
      assertFalse(text.contains("\uD83D\uDE00"), text);
    }
  }

  @Test
  @DisplayName("字体文件不存在时报告不可用")
  void should_report_unavailable_without_the_font() {
    assertFalse(new MarkdownPdfWriter(Path.of("/nonexistent/font.ttc")).available());
  }
}
