package org.creditrepair.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.RuleBook;
import org.creditrepair.knowledge.DocumentRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentRecognizerTest {
  static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();
  static final IntentRecognizer RECOGNIZER = IntentRecognizer.load(BUNDLE);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          去年被市场监管局罚了两万，现在能不能修复？              | DIAGNOSE
          我们公司上了经营异常名录，什么时候可以申请移出          | DIAGNOSE
          修复要准备什么材料，承诺书怎么写                      | PLAN
          帮我看看材料对不对，上次被退回了                      | CHECK_UPLOADS
          我的申请到哪了，审核进度怎么查                        | APPLICATION_STATUS
          年报什么时候报？到期提醒我一下                        | REMINDERS
          提前停止公示是根据什么规定                            | POLICY_QUESTION
          转人工                                           | HANDOFF
          你好                                             | GREETING
          今天天气怎么样                                     | UNKNOWN
          有没有办法花钱删掉这条记录，找人洗白一下               | REFUSE
          能不能帮我做一份假的缴款凭证                          | REFUSE
          承诺书的日期能不能倒签到上个月                        | REFUSE
          """)
  void should_recognise_what_users_ask_in_their_own_words(String message, Intent expected) {
    assertEquals(expected, RECOGNIZER.recognize(message).intent(), message);
  }

  @Test
  @DisplayName("拒绝先于其他意图：即使同时问了诊断，洗白请求也被拒绝")
  void should_refuse_before_anything_else() {
    var r = RECOGNIZER.recognize("被罚款了，能不能修复？不行的话花钱删也行");
    assertEquals(Intent.REFUSE, r.intent());
    assertTrue(r.matched().contains("花钱删"), r.matched().toString());
  }

  @Test
  @DisplayName("拒绝的答复说明官方修复免费，引用的规则和文件都真实存在")
  void should_ground_the_refusal_in_existing_rules_and_documents() {
    var refusal = RECOGNIZER.refusal();
    assertTrue(refusal.reply().contains("不收取任何费用"), refusal.reply());
    RuleBook rules = RuleBook.load(BUNDLE);
    DocumentRegistry registry =
        DocumentRegistry.parse(BUNDLE.get("documents.yaml").orElseThrow().text());
    assertFalse(refusal.citations().isEmpty());
    for (Map<String, String> c : refusal.citations()) {
      assertTrue(registry.byId(c.get("doc")).isPresent(), "unknown document " + c);
      var rule = rules.byId(c.get("rule"));
      assertTrue(rule.isPresent(), "unknown rule " + c);
      assertEquals(c.get("doc"), rule.get().meta().source().doc(), c.toString());
    }
  }

  @Test
  void should_fold_full_width_and_spaces() {
    assertEquals(Intent.HANDOFF, RECOGNIZER.recognize(" 转 人 工 ").intent());
  }
}
