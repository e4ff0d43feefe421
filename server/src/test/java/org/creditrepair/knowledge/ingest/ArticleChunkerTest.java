package org.creditrepair.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentMeta;
import org.creditrepair.knowledge.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArticleChunkerTest {
  private final ArticleChunker chunker = new ArticleChunker();

  private static DocumentMeta meta(String id, Source source) {
    return new DocumentMeta(id, "测试办法", "", "", "", "", null, null, source, "test");
  }

  private List<Chunk> official(String body) {
    return chunker.chunk(
        new ParsedDocument(meta("T", Source.OFFICIAL), body, ParsedDocument.Layout.OFFICIAL));
  }

  @Test
  @DisplayName("Markdown 条文：每条一块，章节进入路径")
  void markdown_articles_with_chapters() {
    List<Chunk> chunks =
        official(
            """
            # 测试办法

            ## 第一章 总则

            第一条 为了规范信用修复，制定本办法。

            第二条 本办法适用于本市。
            对外地企业另有规定。

            ## 第二章 修复

            第三条 依照本办法第一条申请修复的，应当提交材料。
            """);
    assertEquals(List.of("第一条", "第二条", "第三条"), chunks.stream().map(Chunk::article).toList());
    assertEquals("第一章 总则", chunks.get(0).path());
    assertEquals("第二章 修复", chunks.get(2).path());
    assertTrue(chunks.get(1).text().contains("对外地企业另有规定"));
    assertFalse(chunks.get(1).text().contains("第二章"), "heading belongs to the next article");
    assertEquals("T#第三条", chunks.get(2).chunkId());
  }

  @Test
  @DisplayName("一行里的条文：按连续条号切分，交叉引用不切")
  void inline_articles_in_one_line_ignore_cross_references() {
    List<Chunk> chunks =
        official(
            "第一章总则第一条为规范修复制定本办法。第二条本办法所称修复是指纠正失信行为。"
                + "第二章修复限制第三条有本办法第二条情形的，不予修复；符合第五条的除外。第四条本办法自印发之日起实施。");
    assertEquals(List.of("第一条", "第二条", "第三条", "第四条"), chunks.stream().map(Chunk::article).toList());
    assertEquals("第二章 修复限制", chunks.get(2).path());
    assertTrue(chunks.get(2).text().contains("有本办法第二条情形"));
    assertFalse(chunks.get(1).text().contains("第二章"));
  }

  @Test
  @DisplayName("政策文件：（一）式条目，大标题进入路径")
  void policy_items_with_sections() {
    List<Chunk> chunks =
        official(
            "一、总体要求 以信用为基础，构建新型监管机制。这是序言部分的内容，说明总体要求和基本原则，篇幅足够长以便成为单独的一块。"
                + " 二、事前监管 (一)建立信用承诺制度。内容一。(二)开展诚信教育。内容二。"
                + " 三、事后监管 (三)建立信用修复机制。内容三。");
    List<String> labels = chunks.stream().map(Chunk::article).toList();
    assertEquals(List.of("（一）", "（二）", "（三）"), labels.subList(labels.size() - 3, labels.size()));
    assertNull(chunks.getFirst().article(), "preamble is unlabelled");
    assertEquals("三、事后监管", chunks.getLast().path());
  }

  @Test
  @DisplayName("超长条文拆分，拆分后保留条号")
  void long_articles_split_into_parts_keeping_the_label() {
    String longText = "第一条 " + "企业应当按照规定公示信息，并对其真实性负责。".repeat(60) + "\n第二条 短。\n第三条 短。";
    List<Chunk> chunks = official(longText);
    List<Chunk> first = chunks.stream().filter(c -> "第一条".equals(c.article())).toList();
    assertTrue(first.size() > 1);
    assertEquals("T#第一条#p2", first.get(1).chunkId());
    assertEquals(2, first.get(1).part());
    first.forEach(c -> assertTrue(c.text().length() <= ArticleChunker.MAX_CHARS));
  }

  @Test
  @DisplayName("无条文的文本：按段落窗口切分")
  void prose_becomes_paragraph_windows() {
    List<Chunk> chunks = official("这是第一段，讲信用修复的背景。\n\n这是第二段，讲具体的做法和经验。");
    assertEquals(1, chunks.size());
    assertNull(chunks.getFirst().article());
    assertEquals("T#p1", chunks.getFirst().chunkId());
  }

  @Test
  @DisplayName("指南：每个二级标题一块，标题即引用标签")
  void guide_sections() {
    List<Chunk> chunks =
        chunker.chunk(
            new ParsedDocument(
                meta("GUIDE-X", Source.GUIDE),
                "# 指南\n\n## 这是什么记录\n经营异常名录是市场监管部门的名录。\n\n## 怎么移出\n补报年报后申请移出经营异常名录。\n",
                ParsedDocument.Layout.GUIDE_SECTIONS));
    assertEquals(List.of("这是什么记录", "怎么移出"), chunks.stream().map(Chunk::article).toList());
    assertTrue(chunks.get(1).text().startsWith("怎么移出\n补报年报"));
  }
}
