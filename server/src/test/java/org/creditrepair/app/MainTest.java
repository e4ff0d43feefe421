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

class MainTest {
  private static final Map<String, String> SAFE_ENV =
      Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "true");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    Main main =
        new Main(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC(),
            false);
    return main.run(List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_print_usage_on_stdout_for_help() {
    assertEquals(0, run(Map.of(), "help"));
    assertTrue(out().contains("serve") && out().contains("index") && out().contains("--http-port"));
    assertEquals("", err());
    assertEquals(0, run(Map.of(), "--help"));
  }

  @Test
  void should_list_every_option_with_its_environment_variable_in_usage() {
    String usage = Main.usage();
    for (ConfigOption o : ConfigOption.values()) {
      assertTrue(usage.contains(o.flag) && usage.contains(o.env), o.name());
    }
  }

  @Test
  void should_exit_2_with_usage_on_stderr_for_unknown_command() {
    assertEquals(2, run(SAFE_ENV, "serv"));
    assertTrue(err().contains("未知命令：serv"), err());
    assertTrue(err().contains("用法 Usage"), err());
    assertEquals("", out());
  }

  @Test
  void should_exit_2_without_command() {
    assertEquals(2, run(SAFE_ENV));
    assertTrue(err().contains("用法 Usage"));
  }

  @Test
  void should_exit_2_for_unknown_flag() {
    assertEquals(2, run(SAFE_ENV, "serve", "--port", "1"));
    assertTrue(err().contains("未知参数：--port"), err());
    assertTrue(err().contains("用法 Usage"));
  }

  @Test
  void should_exit_2_for_invalid_config_value() {
    Map<String, String> env = new java.util.HashMap<>(SAFE_ENV);
    env.put("CR_HTTP_PORT", "eighty");
    assertEquals(2, run(env, "serve"));
    assertTrue(err().contains("CR_HTTP_PORT") && err().contains("eighty"), err());
  }

  @Test
  void should_exit_3_for_serve_without_no_call_home_environment() {
    assertEquals(3, run(Map.of("OPT_OUT_TRACKING", "true"), "serve"));
    assertTrue(err().contains("DJL_OFFLINE"), err());
  }

  @Test
  void should_exit_1_when_the_http_port_is_taken() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int code =
          run(
              SAFE_ENV,
              "serve",
              "--host",
              "127.0.0.1",
              "--grpc-port",
              "0",
              "--http-port",
              String.valueOf(taken.getLocalPort()),
              "--data-dir",
              System.getProperty("java.io.tmpdir"));
      assertEquals(1, code);
      assertTrue(err().contains("HTTP 端口"), err());
    }
  }
}
