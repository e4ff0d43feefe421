package org.creditrepair.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({
    "1,一",
    "10,十",
    "14,十四",
    "20,二十",
    "21,二十一",
    "100,一百",
    "105,一百零五",
    "110,一百一十",
    "1000,一千"
  })
  void writes_and_reads_article_numbers(int n, String chinese) {
    assertEquals(chinese, ChineseNumerals.toChinese(n));
    assertEquals(n, ChineseNumerals.parse(chinese));
  }

  @Test
  void reads_arabic_digit_style_and_rejects_other_text() {
    assertEquals(14, ChineseNumerals.parse("14"));
    assertEquals(20, ChineseNumerals.parse("二〇"));
    assertEquals(-1, ChineseNumerals.parse("条"));
    assertEquals(-1, ChineseNumerals.parse(""));
  }
}
