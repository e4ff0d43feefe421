package org.creditrepair.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditrepair.diagnosis.TestCalendars;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.testing.SharedCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 工作日历：the bundled years, extension by configuration, and agreement with the source data. */
class WorkingDayCalendarTest {
  private final WorkingDayCalendar calendar = TestCalendars.calendar();

  @Test
  @DisplayName("2019–2026年的安排均已收录，每年注明来源")
  void years_and_sources() {
    for (int y = 2019; y <= 2026; y++) {
      assertTrue(calendar.isPublished(y), "year " + y);
      assertTrue(calendar.year(y).orElseThrow().sourceTitle().contains(y + "年部分节假日安排"));
    }
    assertEquals(2026, calendar.lastPublishedYear());
    assertFalse(calendar.isPublished(2027));
  }

  @Test
  @DisplayName("国庆放假、调休上班、普通周末、2027年只按周末")
  void days() {
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
    assertEquals("国庆节", calendar.holidayName(LocalDate.of(2026, 10, 7)).orElseThrow());
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "调休上班的周六");
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "春节前调休上班的周六");
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)), "普通周六");
    assertFalse(calendar.isHoliday(LocalDate.of(2026, 11, 28)), "周末不是法定节假日");
    assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 10, 1)), "2027年国庆尚未公布，周五按工作日");
  }

  @Test
  @DisplayName("配置目录可以新增年份或替换已有年份；格式错误的文件报出文件名")
  void extra_directories(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("2027.yaml"),
        """
        year: 2027
        source: {title: 国务院办公厅关于2027年部分节假日安排的通知（测试）, urls: []}
        holidays:
          - name: 国庆节
            dates: [2027-10-01, 2027-10-04]
        workdays:
          - name: 国庆节调休
            dates: [2027-10-09]
        """,
        StandardCharsets.UTF_8);
    WorkingDayCalendar c = WorkingDayCalendar.load(KnowledgeBundle.fromClasspath(), List.of(dir));
    assertTrue(c.isPublished(2027));
    assertFalse(c.isWorkingDay(LocalDate.of(2027, 10, 1)));
    assertTrue(c.isWorkingDay(LocalDate.of(2027, 10, 9)));
    assertFalse(c.isWorkingDay(LocalDate.of(2026, 10, 1)), "bundled years stay");
    Files.writeString(dir.resolve("bad.yaml"), "year: [", StandardCharsets.UTF_8);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> WorkingDayCalendar.load(KnowledgeBundle.fromClasspath(), List.of(dir)));
    assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
  }

  @Test
  @DisplayName("与语料中的官方日历逐日一致（2019–2026）")
  void agrees_with_the_corpus_calendar() throws IOException {
    Path dir = SharedCorpus.require().resolve("corpus/calendar");
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    for (int y = 2019; y <= 2026; y++) {
      JsonNode root = json.readTree(dir.resolve("holidays-" + y + ".json").toFile());
      Map<LocalDate, Boolean> off = new HashMap<>();
      for (JsonNode d : root.get("days")) {
        off.put(LocalDate.parse(d.get("date").asText()), d.get("isOffDay").asBoolean());
      }
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        boolean weekend = d.getDayOfWeek().getValue() >= 6;
        boolean expected = off.containsKey(d) ? !off.get(d) : !weekend;
        assertEquals(expected, calendar.isWorkingDay(d), d.toString());
        checked++;
      }
    }
    assertEquals(2922, checked);
  }
}
