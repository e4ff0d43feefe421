package org.creditrepair.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** 日志与列表契约：append-only logs (audit) and bounded lists (chat history). */
public interface LogAndListContract extends StoreFixture {
  @Test
  default void should_number_log_entries_and_read_ranges_in_order() {
    String tricky = "{\"actor\":\"ADMIN:张三\",\"note\":\"含: 冒号\\n与换行\"}";
    assertEquals(1, store().append("audit", "{\"n\":1}"));
    clock().advance(Duration.ofSeconds(1));
    assertEquals(2, store().append("audit", tricky));
    assertEquals(3, store().append("audit", "{\"n\":3}"));
    assertEquals(1, store().append("audit-other", "{}"));
    List<LogEntry> range = store().read("audit", 2, 5);
    assertEquals(
        List.of(
            new LogEntry(2, START.plus(Duration.ofSeconds(1)), tricky),
            new LogEntry(3, START.plus(Duration.ofSeconds(1)), "{\"n\":3}")),
        range);
    assertEquals(List.of(new LogEntry(1, START, "{\"n\":1}")), store().read("audit", 1, 1));
    assertEquals(List.of(), store().read("audit", 4, 10));
    assertEquals(1, store().read("audit-other", 1, 10).size());
    assertEquals(List.of(), store().read("never-written", 1, 10));
  }

  @Test
  default void should_give_concurrent_appenders_distinct_sequence_numbers() throws Exception {
    Store second = another();
    List<List<Long>> seqs =
        StoreFixture.concurrently(
            4,
            t -> {
              Store s = t % 2 == 0 ? store() : second;
              List<Long> mine = new ArrayList<>();
              for (int i = 0; i < 25; i++) {
                mine.add(s.append("audit", "{\"t\":" + t + ",\"i\":" + i + "}"));
              }
              return mine;
            });
    Set<Long> all = new TreeSet<>();
    seqs.forEach(all::addAll);
    assertEquals(100, all.size(), "duplicate sequence numbers");
    assertEquals(100L, ((TreeSet<Long>) all).last());
    assertEquals(100, store().read("audit", 1, 1000).size());
  }

  @Test
  default void should_keep_only_the_newest_items_of_a_bounded_list() {
    for (int i = 1; i <= 25; i++) {
      store().push("chat-s1", "{\"role\":\"user\",\"text\":\"第" + i + "条\"}", 20);
    }
    store().push("chat-s2", "only", 20);
    List<String> items = store().range("chat-s1");
    assertEquals(20, items.size());
    assertEquals("{\"role\":\"user\",\"text\":\"第6条\"}", items.get(0));
    assertEquals("{\"role\":\"user\",\"text\":\"第25条\"}", items.get(19));
    assertEquals(List.of("only"), store().range("chat-s2"));
    assertEquals(List.of(), store().range("chat-none"));
    store().push("chat-s1", "last", 3);
    assertEquals(3, store().range("chat-s1").size(), "a smaller bound trims further");
    assertThrows(IllegalArgumentException.class, () -> store().push("chat-s1", "x", 0));
  }
}
