package org.creditrepair.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void should_mask_id_cards_mobiles_and_emails_but_keep_the_uscc() {
    // 11010519491231002X: the GB 11643 example number (check character X)
    String uscc = Uscc.withCheckCharacter("91330106MA2B00001");
    String out =
        Redactor.redact("法人张三，身份证11010519491231002X，电话 13812345678，邮箱 zhang@example.com，代码" + uscc);
    assertFalse(out.contains("11010519491231002X"), out);
    assertFalse(out.contains("13812345678"), out);
    assertFalse(out.contains("zhang@example.com"), out);
    assertTrue(out.contains(uscc), out);
    assertTrue(out.contains("［身份证号已隐去］") && out.contains("［手机号已隐去］"), out);
  }

  @Test
  void should_leave_numbers_that_are_not_id_cards() {
    assertEquals("罚款金额123456789012345678元", Redactor.redact("罚款金额123456789012345678元"));
    assertTrue(Redactor.isIdCard("11010519491231002x"));
    assertFalse(Redactor.isIdCard("110105194912310021"));
  }

  @Test
  void should_never_mask_a_valid_uscc_even_when_it_passes_the_id_card_check() {
    // search an all-digit code that is valid both as USCC and as an ID card number
    String both = null;
    for (long n = 913301060000000L; n < 913301060100000L && both == null; n++) {
      String c = Uscc.withCheckCharacter(n + "00");
      if (Redactor.isIdCard(c)) {
        both = c;
      }
    }
    assertTrue(both != null, "no code found that is both");
    assertEquals("代码" + both, Redactor.redact("代码" + both));
  }

  @Test
  void should_mask_mobile_numbers_written_in_groups() {
    for (String m : new String[] {"139 1234 5678", "139-1234-5678", "+86 13912345678"}) {
      String out = Redactor.redact("我的电话是" + m + "，有事打我");
      assertFalse(out.contains("5678"), out);
    }
    assertTrue(Redactor.redact("罚款金额 12345 元，文号 2025-1234-5678-9").contains("12345"));
  }
}
