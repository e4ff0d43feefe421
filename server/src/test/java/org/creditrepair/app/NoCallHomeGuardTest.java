package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoCallHomeGuardTest {
  private static final Map<String, String> SAFE =
      Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "true");

  @Test
  void should_accept_environment_with_both_variables_true() {
    assertTrue(NoCallHomeGuard.check(SAFE).isEmpty());
  }

  @Test
  void should_refuse_when_opt_out_tracking_is_missing() {
    String error = NoCallHomeGuard.check(Map.of("DJL_OFFLINE", "true")).orElseThrow();
    assertTrue(error.contains("OPT_OUT_TRACKING"), error);
  }

  @Test
  void should_refuse_when_djl_offline_is_missing() {
    String error = NoCallHomeGuard.check(Map.of("OPT_OUT_TRACKING", "true")).orElseThrow();
    assertTrue(error.contains("DJL_OFFLINE"), error);
  }

  @Test
  void should_refuse_values_other_than_lowercase_true() {
    for (String value : List.of("false", "TRUE", "1", "yes", "", " true")) {
      Map<String, String> env = Map.of("OPT_OUT_TRACKING", value, "DJL_OFFLINE", "true");
      assertTrue(NoCallHomeGuard.check(env).isPresent(), "accepted OPT_OUT_TRACKING=" + value);
    }
  }

  @Test
  void should_refuse_empty_environment() {
    String error = NoCallHomeGuard.check(Map.of()).orElseThrow();
    assertTrue(error.contains("OPT_OUT_TRACKING") && error.contains("DJL_OFFLINE"), error);
  }

  @Test
  void should_exit_with_distinct_code_before_reading_config_when_serve_env_is_unsafe() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main =
        new Main(
            Map.of("CR_HTTP_PORT", "not-a-port"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC(),
            false);
    assertEquals(Main.EXIT_CALL_HOME_ENV, main.run(List.of("serve")));
    assertEquals(Main.EXIT_CALL_HOME_ENV, main.run(List.of("index")));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("OPT_OUT_TRACKING=true"));
  }
}
