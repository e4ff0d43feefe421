package org.creditrepair.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 文书模板：every template of knowledge-base/templates loads and fills; missing values are blanks. */
@DisplayName("文书模板填充")
class TemplateRendererTest {
  private static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");
  private static final String BLANK = "＿＿＿＿＿＿";

  private final TemplateRenderer renderer = TemplateRenderer.load(BUNDLE);

  private static final Map<String, String> VALUES =
      Map.ofEntries(
          Map.entry("enterprise.name", "杭州某某贸易有限公司"),
          Map.entry("enterprise.uscc", "91330106MA2B3C4D5E"),
          Map.entry("enterprise.legalRepresentative", "张三"),
          Map.entry("authority", "杭州市市场监督管理局"),
          Map.entry("records", "1. 行政处罚 杭市监处罚〔2025〕12号 杭州市市场监督管理局 2025-05-13 罚款5000元"),
          Map.entry("date", "2026-03-02"));

  @Test
  @DisplayName("知识库中的每个模板都能加载，编号、标题齐全，正文用到的占位符与声明的一致")
  void should_load_every_template_with_its_declared_placeholders() {
    List<BundledResource> files =
        BUNDLE.list("templates", ".md").stream()
            .filter(r -> !r.fileName().equalsIgnoreCase("README.md"))
            .toList();
    assertEquals(files.size(), renderer.templates().size());
    assertEquals(
        Set.of("TPL-COMMITMENT-LETTER", "TPL-SITUATION-STATEMENT", "TPL-THIRD-PARTY-SYNC-LETTER"),
        Set.copyOf(renderer.templates().stream().map(DocumentTemplate::id).toList()));
    for (DocumentTemplate t : renderer.templates()) {
      assertFalse(t.title().isBlank(), t.id());
      assertFalse(t.body().isBlank(), t.id());
      assertFalse(t.body().startsWith("---"), t.id() + ": front matter left in the body");
      assertEquals(Set.copyOf(t.placeholders()), used(t.body()), t.id() + ": declared vs used");
    }
  }

  @Test
  @DisplayName("占位符按给定的值填充，不留下任何 {{…}}")
  void should_fill_placeholders_with_the_given_values() {
    DocumentTemplate t = renderer.get("TPL-COMMITMENT-LETTER").orElseThrow();
    String text = renderer.render(t, VALUES);
    assertTrue(text.contains("本单位 杭州某某贸易有限公司（统一社会信用代码：91330106MA2B3C4D5E，法定代表人：张三）"), text);
    assertTrue(text.contains("杭州市市场监督管理局："), text);
    assertTrue(text.contains("杭市监处罚〔2025〕12号"), text);
    assertTrue(text.contains("日期：2026-03-02"), text);
    assertFalse(text.contains("{{"), text);
    // the signature line is a blank of the template itself (8 marks), not a missing value
    assertFalse(text.replace("＿＿＿＿＿＿＿＿", "").contains(BLANK), text);
  }

  @Test
  @DisplayName("缺少的值（或空白值）留作空白横线，供手工填写")
  void should_render_missing_and_blank_values_as_blanks() {
    for (DocumentTemplate t : renderer.templates()) {
      String text = renderer.render(t, Map.of("enterprise.name", "  "));
      assertFalse(text.contains("{{"), t.id());
      assertTrue(text.contains(BLANK), t.id());
    }
    DocumentTemplate letter = renderer.get("TPL-THIRD-PARTY-SYNC-LETTER").orElseThrow();
    String text = renderer.render(letter, Map.of("enterprise.name", "杭州某某贸易有限公司"));
    assertTrue(text.contains("联系人：" + BLANK), text);
    assertTrue(text.contains("关于更新杭州某某贸易有限公司信用信息的函"), text);
  }

  @Test
  @DisplayName("选填一节没有内容时连同标题删除，有内容时保留")
  void should_drop_an_empty_optional_section_with_its_heading() {
    DocumentTemplate t = renderer.get("TPL-SITUATION-STATEMENT").orElseThrow();
    String without = renderer.render(t, VALUES);
    assertFalse(without.contains("其他情况（选填）"), without);
    assertTrue(without.contains("## 四、防止再次发生的措施"), without);
    assertTrue(without.contains("## 附件"), without);
    assertFalse(without.contains("\n\n\n"), "no gap left behind");

    Map<String, String> with = new java.util.HashMap<>(VALUES);
    with.put("optional.contributions", "2025年向当地慈善总会捐款");
    String text = renderer.render(t, with);
    assertTrue(text.contains("## 五、其他情况（选填）\n\n2025年向当地慈善总会捐款"), text);
  }

  @Test
  @DisplayName("填入的值按原样出现（$、\\ 等字符不被当作替换语法）")
  void should_insert_values_literally() {
    DocumentTemplate t = renderer.get("TPL-COMMITMENT-LETTER").orElseThrow();
    String text = renderer.render(t, Map.of("enterprise.name", "A$1\\B公司"));
    assertTrue(text.contains("本单位 A$1\\B公司"), text);
  }

  private static Set<String> used(String body) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
