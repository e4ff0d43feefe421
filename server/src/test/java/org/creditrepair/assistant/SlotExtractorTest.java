package org.creditrepair.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlotExtractorTest {
  static final String USCC = Uscc.withCheckCharacter("91330106MA2B00001");

  @Test
  @DisplayName("口语里的代码、类型、处罚、日期和履行情况")
  void should_read_a_colloquial_penalty_description() {
    var s = SlotExtractor.extract("我们是" + USCC.toLowerCase() + "，2026年1月5日被市场监管局罚款2万，1月20日已经交了");
    assertEquals(USCC, s.uscc());
    assertEquals(RecordType.ADMIN_PENALTY, s.recordType());
    assertEquals(Set.of(Sanction.FINE), s.sanctions());
    assertEquals(List.of(LocalDate.of(2026, 1, 5)), s.dates());
    assertEquals(Boolean.TRUE, s.fulfilled());
  }

  @Test
  void should_keep_a_code_with_a_wrong_check_character_apart() {
    String wrong = USCC.substring(0, 17) + (USCC.charAt(17) == 'X' ? 'Y' : 'X');
    var s = SlotExtractor.extract("代码是 " + wrong);
    assertNull(s.uscc());
    assertEquals(wrong, s.invalidUscc());
  }

  @Test
  void should_read_lists_dates_and_refusals_to_pay() {
    var s = SlotExtractor.extract("去年没报年报上了异常名录，2025-07-15 列入的，罚款还没交");
    assertEquals(RecordType.ABNORMAL_OPERATION, s.recordType());
    assertEquals(List.of(LocalDate.of(2025, 7, 15)), s.dates());
    assertEquals(Boolean.FALSE, s.fulfilled());
    assertEquals(List.of(), SlotExtractor.extract("2026年2月30日").dates());
    assertEquals(
        Set.of(Sanction.BUSINESS_LICENSE_REVOKED), SlotExtractor.extract("被吊销营业执照了").sanctions());
    assertNull(SlotExtractor.extract("你好").recordType());
    assertNull(SlotExtractor.extract("你好").fulfilled());
  }
}
