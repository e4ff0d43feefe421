package org.creditrepair.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmPromptsTest {
  final Prompts prompts = Prompts.fromClasspath();

  @Test
  void should_load_the_versions_prompts_yaml_names() {
    assertEquals("system.v1.md", prompts.systemVersion());
    assertEquals("context.v1.md", prompts.contextVersion());
    assertTrue(prompts.system().contains("信用修复助手"));
    assertTrue(prompts.system().contains("转人工"));
    assertTrue(prompts.system().contains("不收取任何费用"));
  }

  @Test
  void should_fill_the_context_template() {
    String c =
        prompts.context(Map.of("facts", "事实甲", "citations", "- 《某办法》第一条", "today", "2026-03-02"));
    assertTrue(c.contains("事实甲"));
    assertTrue(c.contains("- 《某办法》第一条"));
    assertTrue(c.contains("2026-03-02"));
    assertFalse(c.contains("{{"));
  }

  @Test
  void should_refuse_a_template_with_a_missing_value() {
    assertThrows(IllegalArgumentException.class, () -> prompts.context(Map.of("facts", "x")));
  }

  @Test
  void should_fill_the_tool_texts() {
    assertTrue(prompts.text("unknown_tool", Map.of("name", "foo")).contains("foo"));
    assertFalse(prompts.text("no_citations", Map.of()).isBlank());
  }
}
