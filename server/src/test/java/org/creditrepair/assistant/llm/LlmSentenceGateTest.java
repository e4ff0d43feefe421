package org.creditrepair.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.creditrepair.assistant.CitationValidator;
import org.junit.jupiter.api.Test;

class LlmSentenceGateTest {
  final Set<CitationValidator.Allowed> allowed =
      new LinkedHashSet<>(Set.of(new CitationValidator.Allowed("市场监督管理信用修复管理办法", "第十三条")));
  final SentenceGate gate = new SentenceGate(allowed);

  @Test
  void should_let_out_whole_sentences_only() {
    assertEquals(List.of(), gate.offer("您可以"));
    assertEquals(List.of("您可以申请修复。"), gate.offer("申请修复。然后"));
    assertEquals(List.of("然后提交材料！", "好吗？"), gate.offer("提交材料！好吗？"));
    assertEquals(List.of(), gate.flush());
  }

  @Test
  void should_flush_the_rest_at_the_end() {
    gate.offer("最后一句没有句号");
    assertEquals(List.of("最后一句没有句号"), gate.flush());
    assertEquals(List.of(), gate.flush());
  }

  @Test
  void should_cut_a_long_sentence_at_a_comma() {
    String part = "这是一段很长的说明文字，".repeat(8);
    List<String> out = gate.offer(part);
    assertEquals(1, out.size());
    assertTrue(out.get(0).endsWith("，"));
    assertTrue(out.get(0).length() > SentenceGate.SOFT_LIMIT);
  }

  @Test
  void should_remove_an_invented_reference_split_across_two_fragments() {
    List<String> out = new ArrayList<>(gate.offer("依据《某某条例》第九十"));
    out.addAll(gate.offer("九条，您须缴费。"));
    assertEquals(1, out.size());
    assertFalse(out.get(0).contains("九十"), out.get(0));
    assertEquals(List.of("《某某条例》第九十九条"), gate.removed());
  }

  @Test
  void should_keep_an_allowed_reference_split_across_two_fragments() {
    List<String> out = new ArrayList<>(gate.offer("依据《市场监督管理信用"));
    out.addAll(gate.offer("修复管理办法》第十"));
    out.addAll(gate.offer("三条可以申请。"));
    assertEquals(List.of("依据《市场监督管理信用修复管理办法》第十三条可以申请。"), out);
    assertTrue(gate.removed().isEmpty());
  }

  @Test
  void should_accept_a_reference_allowed_after_the_gate_was_made() {
    allowed.add(new CitationValidator.Allowed("信用修复服务站办事指南", "第五条"));
    assertEquals(List.of("见《信用修复服务站办事指南》第五条。"), gate.offer("见《信用修复服务站办事指南》第五条。"));
  }

  @Test
  void should_not_cut_inside_a_title_at_the_hard_limit() {
    String filler = "甲".repeat(SentenceGate.HARD_LIMIT - 2);
    List<String> out = gate.offer(filler + "《某某条");
    assertEquals(List.of(filler), out);
    out = gate.offer("例》第九十九条。");
    assertEquals(1, out.size());
    assertEquals(List.of("《某某条例》第九十九条"), gate.removed());
  }

  @Test
  void should_drop_what_is_buffered_on_discard() {
    gate.offer("没说完的半句");
    gate.discard();
    assertEquals(List.of(), gate.flush());
  }
}
