package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index} through Main with the real knowledge module. */
class IndexCommandIT {
  static final Map<String, String> SAFE_ENV =
      Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "true");

  @TempDir Path tmp;

  @Test
  void should_draw_a_progress_bar_on_a_console_and_print_statistics() throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main =
        new Main(
            SAFE_ENV,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC(),
            true);
    int code =
        main.run(
            List.of(
                "index",
                "--data-dir=" + tmp.resolve("data"),
                "--corpus-dirs=" + corpus,
                "--embeddings=off"));
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    assertTrue(stdout.contains("分块 chunks"), stdout);
    assertTrue(stderr.contains("\r"), "no progress bar drawn: " + stderr);
  }

  @Test
  void should_exit_1_with_a_message_when_the_index_cannot_be_built() throws Exception {
    Path notADir = java.nio.file.Files.writeString(tmp.resolve("file"), "x");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main =
        new Main(
            SAFE_ENV,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC(),
            false);
    int code = main.run(List.of("index", "--data-dir", notADir.toString(), "--embeddings", "off"));
    assertEquals(1, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("建索引失败"));
  }
}
