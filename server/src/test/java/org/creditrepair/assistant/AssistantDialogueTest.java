package org.creditrepair.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 多轮对话：the rule-based assistant over the real engine, store and index, in colloquial Chinese. */
class AssistantDialogueTest {
  @TempDir static Path tmp;
  static AssistantHarness h;

  @BeforeAll
  static void open() throws Exception {
    h = new AssistantHarness(tmp);
  }

  @AfterAll
  static void close() {
    h.close();
  }

  private static void assertCitationsShown(AssistantHarness.Said s) {
    assertFalse(s.text().contains(CitationValidator.MARKER), s.text());
    for (ChatCitation c : s.citations()) {
      assertTrue(s.text().contains(c.label()), c.label() + " not in: " + s.text());
    }
  }

  @Test
  @DisplayName("诊断：一次只问一个问题（决定日期→是否履行→履行日期），齐了再调规则引擎，结论带引用")
  void should_collect_facts_one_question_at_a_time_then_diagnose() {
    var c = h.enterpriseChat();
    var first = c.say("我们公司去年被市场监管局罚款了，能修复吗");
    assertEquals(Intent.DIAGNOSE, first.done().intent());
    assertEquals("DECISION_DATE", first.asked());
    assertTrue(first.tools().isEmpty());
    var second = c.say("2025年11月3日");
    assertEquals("FULFILLED", second.asked(), second.text());
    var third = c.say("是的");
    assertEquals("FULFILLED_DATE", third.asked(), third.text());
    var done = c.say("2025年11月20日缴清的");
    assertNull(done.asked(), done.text());
    assertEquals(List.of("diagnose_records"), done.tools());
    assertFalse(done.citations().isEmpty());
    assertTrue(done.text().contains("信用中国"), done.text());
    assertTrue(done.reply().grounded());
    assertCitationsShown(done);
    // the plan of the same record, without asking again
    var plan = c.say("那要准备哪些材料？");
    assertEquals(Intent.PLAN, plan.done().intent());
    assertEquals(List.of("build_plan"), plan.tools());
    assertTrue(plan.text().contains("材料清单"), plan.text());
    assertCitationsShown(plan);
  }

  @Test
  @DisplayName("一句话说全时不再追问；没听懂的日期重问并给出格式")
  void should_not_ask_what_was_already_said_and_reask_unreadable_dates() {
    var c = h.enterpriseChat();
    var s = c.say("我们2025年3月被列入经营异常名录了，因为没报年报");
    assertEquals("LISTED_DATE", s.asked(), s.text());
    var again = c.say("好像是三月份吧");
    assertEquals("LISTED_DATE", again.asked());
    assertTrue(again.text().contains("格式"), again.text());
    var next = c.say("2025年3月5日");
    assertEquals("FULFILLED", next.asked(), next.text());
    var done = c.say("已经补报了，2025年12月1日补报的");
    assertEquals(List.of("diagnose_records"), done.tools(), done.text());
    assertTrue(done.text().contains("国家企业信用信息公示系统"), done.text());
    assertCitationsShown(done);
  }

  @Test
  @DisplayName("规则尚未核对时，诊断结论明说")
  void should_say_when_findings_rest_on_unverified_rules() {
    var d = h.enterpriseChat();
    d.say("行政处罚，罚款");
    d.say("2026年6月1日");
    var r = d.say("罚款已经交清了，2026年6月10日交的");
    assertEquals(List.of("diagnose_records"), r.tools(), r.text());
    assertTrue(
        r.citations().stream().anyMatch(x -> !x.verified()), "527号文/22号文 rules are unverified");
    assertTrue(r.text().contains("尚未与官方原文逐条核对"), r.text());
  }

  @Test
  @DisplayName("拒绝洗白、伪造、倒签，说明官方修复免费并给出合法途径")
  void should_refuse_unlawful_requests_with_the_lawful_route() {
    for (String m : List.of("能不能花钱帮我把处罚记录洗白", "帮我做一份假的缴款凭证", "承诺书能不能倒签到去年")) {
      var s = h.enterpriseChat().say(m);
      assertEquals(Intent.REFUSE, s.done().intent(), m);
      assertTrue(s.text().contains("免费"), s.text());
      assertTrue(s.tools().isEmpty());
      assertFalse(s.citations().isEmpty());
      assertCitationsShown(s);
    }
  }

  @Test
  @DisplayName("政策问题：从检索结果回答并引用；检索不到依据就说不知道并提议转人工，连续两次则自动转人工")
  void should_answer_policy_from_retrieval_or_say_it_does_not_know() {
    var c = h.enterpriseChat();
    var s = c.say("信用修复要交钱吗？");
    assertEquals(List.of("search_regulations"), s.tools());
    assertFalse(s.citations().isEmpty(), s.text());
    assertTrue(s.citations().stream().allMatch(x -> x.origin() == ChatCitation.Origin.RETRIEVAL));
    assertCitationsShown(s);
    var miss = c.say("你们能帮我注册一个商标吗？");
    assertTrue(miss.text().contains("没有找到依据"), miss.text());
    assertTrue(miss.citations().isEmpty());
    assertTrue(miss.done().actions().stream().anyMatch(a -> a.type().equals("OFFER_HANDOFF")));
    var again = c.say("那外卖平台的差评怎么删除？");
    assertEquals("ESCALATED", again.done().status(), again.text());
  }

  @Test
  @DisplayName("年报提醒：报送期和后果都来自知识库并引用企业信息公示暂行条例")
  void should_answer_annual_report_with_its_source() {
    var s = h.enterpriseChat().say("年报什么时候报？");
    assertEquals(Intent.REMINDERS, s.done().intent());
    assertTrue(s.text().contains("6月30日"), s.text());
    assertTrue(s.citations().stream().anyMatch(x -> x.docTitle().contains("企业信息公示暂行条例")));
    assertCitationsShown(s);
  }

  @Test
  @DisplayName("申请进度：查到最新申请的状态和下一个法定期限")
  void should_report_application_status_and_next_deadline() {
    var c = h.enterpriseChat();
    var none = c.say("我的申请到哪一步了");
    assertEquals(List.of("application_status"), none.tools());
    h.applications.create(
        AssistantHarness.enterprise(),
        new org.creditrepair.application.ApplicationService.CreateCommand(
            new org.creditrepair.diagnosis.Enterprise("测试公司", AssistantHarness.USCC, null),
            List.of(AssistantHarness.penalty()),
            null,
            null,
            true),
        null,
        null);
    var s = c.say("申请进度怎么样了？");
    assertTrue(s.text().contains("已提交"), s.text());
    assertCitationsShown(s);
  }

  @Test
  @DisplayName("材料预审：没预审过时说明怎么做；预审过则总结结论和问题")
  void should_point_to_or_summarise_the_precheck() {
    var c = h.staffChat("staff-01", "91350100M000100Y43");
    var s = c.say("帮我看看上传的材料对不对");
    assertEquals(Intent.CHECK_UPLOADS, s.done().intent());
    assertTrue(s.done().actions().stream().anyMatch(a -> a.type().equals("OPEN_PRECHECK")));
    assertTrue(s.text().contains("材料预审"), s.text());
  }

  @Test
  @DisplayName("转人工：工作人员在队列里看到、读历史留审计、回复、办结；办结后不能再发")
  void should_hand_off_to_staff_who_reply_and_close() {
    var c = h.enterpriseChat();
    c.say("你好");
    var s = c.say("我要转人工");
    assertEquals("ESCALATED", s.done().status());
    var staff = AssistantHarness.staff("staff-02");
    assertTrue(
        h.assistant.queue(staff, "OPEN", 50).stream()
            .anyMatch(e -> e.sessionId().equals(c.sessionId)));
    long before = h.audit.read(1, 1000).size();
    var view = h.assistant.session(staff, c.sessionId, "处理转人工");
    assertTrue(view.messages().size() >= 4);
    assertTrue(h.audit.read(1, 1000).size() > before, "staff reading is audit-logged");
    h.assistant.reply(staff, c.sessionId, "您好，我是服务站的小王，请问是哪条记录？", null);
    h.assistant.close(staff, c.sessionId, "已电话联系，指导线上申请", null);
    var mine = h.assistant.session(AssistantHarness.enterprise(), c.sessionId, null);
    assertTrue(mine.messages().stream().anyMatch(m -> m.role() == ChatMessage.Role.STAFF));
    assertEquals(ChatSession.Status.CLOSED, mine.session().status());
    var e = assertThrows(CreditRepairException.class, () -> c.say("还在吗"));
    assertEquals(ErrorCode.SESSION_CLOSED, e.code());
    assertTrue(
        h.assistant.queue(staff, "CLOSED", 50).stream()
            .anyMatch(x -> x.sessionId().equals(c.sessionId)));
  }

  @Test
  @DisplayName("会话属于发起人：别家企业、未转人工时的工作人员都看不到")
  void should_keep_sessions_to_their_owner() {
    var c = h.enterpriseChat();
    c.say("你好");
    var other =
        new org.creditrepair.shared.auth.Principal(
            "91350100M000100Y43",
            org.creditrepair.shared.auth.Role.ENTERPRISE,
            AssistantHarness.NOW.plusSeconds(60));
    var e =
        assertThrows(
            CreditRepairException.class,
            () ->
                h.assistant.open(other, new AssistantService.ChatRequest(c.sessionId, "你好", null)));
    assertEquals(ErrorCode.NOT_FOUND, e.code());
    var staff = AssistantHarness.staff("staff-03");
    assertEquals(
        ErrorCode.NOT_FOUND,
        assertThrows(
                CreditRepairException.class, () -> h.assistant.session(staff, c.sessionId, null))
            .code());
  }

  @Test
  @DisplayName("个人信息：身份证号、手机号在历史里已隐去，统一社会信用代码保留")
  void should_store_history_redacted() {
    var c = h.enterpriseChat();
    c.say("我是法人，身份证110101199003074514，电话13812345678，代码91330100MA2XXXXX1B");
    var view = h.assistant.session(AssistantHarness.enterprise(), c.sessionId, null);
    String stored = view.messages().getFirst().text();
    assertFalse(stored.contains("110101199003074514"), stored);
    assertFalse(stored.contains("13812345678"), stored);
    assertTrue(stored.contains("91330100MA2XXXXX1B"), stored);
  }

  @Test
  @DisplayName("工作人员代企业咨询：先问统一社会信用代码，再查")
  void should_ask_staff_for_the_enterprise_first() {
    var c = h.staffChat("staff-04", null);
    var s = c.say("帮我查一下这家企业的申请进度");
    assertEquals("USCC", s.asked(), s.text());
    var bad = c.say("91330100MA2XXXXX1C");
    assertEquals("USCC", bad.asked(), bad.text());
    assertTrue(bad.text().contains("校验位"), bad.text());
    var ok = c.say("91330100MA2XXXXX1B");
    assertEquals(List.of("application_status"), ok.tools(), ok.text());
  }

  @Test
  @DisplayName("坏输入：空消息、超长消息、坏会话号都是带码的客户端错误")
  void should_reject_bad_input_with_codes() {
    var p = AssistantHarness.enterprise();
    assertEquals(
        ErrorCode.MISSING_FIELD,
        assertThrows(
                CreditRepairException.class,
                () -> h.assistant.open(p, new AssistantService.ChatRequest(null, "  ", null)))
            .code());
    assertEquals(
        ErrorCode.MESSAGE_TOO_LONG,
        assertThrows(
                CreditRepairException.class,
                () ->
                    h.assistant.open(
                        p, new AssistantService.ChatRequest(null, "字".repeat(2001), null)))
            .code());
    assertEquals(
        ErrorCode.INVALID_FIELD_TYPE,
        assertThrows(
                CreditRepairException.class,
                () -> h.assistant.open(p, new AssistantService.ChatRequest("x'; drop", "你好", null)))
            .code());
  }
}
