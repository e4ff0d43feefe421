package org.creditrepair.shared.uscc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 统一社会信用代码校验（GB 32100-2015）. */
class UsccTest {
  @Test
  @DisplayName("校验位按权重1,3,9,27…计算，模31；合法代码通过")
  void valid_codes() {
    // worked by hand: 91350100M000100Y4 → Σ value×weight mod 31 = 28 → 31-28 = 3
    assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
    assertTrue(Uscc.isValid("91350100M000100Y43"));
    String built = Uscc.withCheckCharacter("91330106MA2B3C4D5");
    assertTrue(Uscc.isValid(built), built);
  }

  @Test
  @DisplayName("每种错误给出对应原因")
  void problems() {
    assertEquals(Optional.of(Uscc.Problem.EMPTY), Uscc.check(""));
    assertEquals(Optional.of(Uscc.Problem.WRONG_LENGTH), Uscc.check("91350100M000100Y4"));
    assertEquals(Optional.of(Uscc.Problem.ILLEGAL_CHARACTER), Uscc.check("91350100M000100I43"));
    assertEquals(
        Optional.of(Uscc.Problem.UNKNOWN_AUTHORITY),
        Uscc.check(Uscc.withCheckCharacter("B1350100M000100Y4")));
    assertEquals(Optional.of(Uscc.Problem.CHECK_CHARACTER), Uscc.check("91350100M000100Y44"));
    assertTrue(Uscc.Problem.CHECK_CHARACTER.message().contains("校验位"));
  }

  @Test
  @DisplayName("全角、小写和空格先规范化")
  void normalises() {
    assertEquals("91350100M000100Y43", Uscc.normalize(" ９１３５０１００ｍ０００１００ｙ４３ "));
    assertTrue(Uscc.isValid(Uscc.normalize("91350100m000100y43")));
  }
}
