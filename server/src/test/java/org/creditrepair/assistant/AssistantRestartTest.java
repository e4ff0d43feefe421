package org.creditrepair.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 重启：a conversation, its history and what it was asking survive a restart of the server. */
class AssistantRestartTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("重启后同一会话接着问下一个问题，历史完整")
  void should_continue_a_conversation_after_a_restart() throws Exception {
    String session;
    try (AssistantHarness before = new AssistantHarness(tmp)) {
      var c = before.enterpriseChat();
      assertEquals("DECISION_DATE", c.say("我们被市场监管局罚款了，能修复吗").asked());
      session = c.sessionId;
    }
    try (AssistantHarness after = new AssistantHarness(tmp)) {
      var c = after.enterpriseChat();
      c.sessionId = session;
      assertEquals("FULFILLED", c.say("2026年6月1日").asked());
      var view = after.assistant.session(AssistantHarness.enterprise(), session, null);
      assertEquals(4, view.messages().size());
      assertEquals(2, view.session().turns());
    }
  }
}
