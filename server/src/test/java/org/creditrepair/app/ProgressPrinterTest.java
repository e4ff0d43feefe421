package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_print_plain_lines_every_ten_percent_without_carriage_returns() {
    ProgressPrinter p = ProgressPrinter.lines(out);
    for (int i = 0; i <= 200; i++) {
      p.update("embedding", i, 200);
    }
    p.update("writing", 1, 1);
    p.finish();
    String[] lines = text().split("\n");
    assertEquals(12, lines.length, text());
    assertEquals("embedding: 0/200 (0%)", lines[0]);
    assertEquals("embedding: 200/200 (100%)", lines[10]);
    assertEquals("writing: 1/1 (100%)", lines[11]);
    assertTrue(!text().contains("\r"));
  }

  @Test
  void should_redraw_a_bar_on_one_line_per_phase() {
    ProgressPrinter p = ProgressPrinter.bar(out);
    p.update("parsing", 0, 4);
    p.update("parsing", 2, 4);
    p.update("parsing", 4, 4);
    p.update("embedding", 1, 2);
    p.finish();
    String[] lines = text().split("\n");
    assertEquals(2, lines.length, text());
    assertTrue(lines[0].endsWith("parsing [" + "#".repeat(30) + "] 100% 4/4"), lines[0]);
    assertTrue(lines[0].startsWith("\rparsing ["));
    assertTrue(lines[1].endsWith("embedding [" + "#".repeat(15) + " ".repeat(15) + "]  50% 1/2"));
  }

  @Test
  void should_show_phases_without_total_as_complete() {
    ProgressPrinter p = ProgressPrinter.lines(out);
    p.update("loading model", 0, 0);
    assertEquals("loading model: 0/0 (100%)\n", text());
  }
}
