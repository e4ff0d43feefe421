package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** server/bin/cr-server and the shaded jar, run as a user would. */
class LauncherIT {
  static final Path LAUNCHER = Path.of("bin/cr-server").toAbsolutePath();
  static final Path JAR = Path.of("target/credit-repair-server-all.jar").toAbsolutePath();
  static final Pattern STARTED = Pattern.compile("HTTP http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Process start(List<String> command, boolean withNoCallHomeEnv) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("OPT_OUT_TRACKING");
    pb.environment().remove("DJL_OFFLINE");
    if (withNoCallHomeEnv) {
      pb.environment().put("OPT_OUT_TRACKING", "true");
      pb.environment().put("DJL_OFFLINE", "true");
    }
    return pb.start();
  }

  static Result run(List<String> command, boolean withNoCallHomeEnv) throws Exception {
    Process p = start(command, withNoCallHomeEnv);
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + command);
    return new Result(p.exitValue(), out.get(), err.get());
  }

  static CompletableFuture<String> drain(java.io.InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return e.toString();
          }
        });
  }

  static List<String> launcher(String... args) {
    List<String> c = new ArrayList<>(List.of(LAUNCHER.toString()));
    c.addAll(List.of(args));
    return c;
  }

  @Test
  void should_have_built_the_runnable_jar_and_an_executable_launcher() {
    assertTrue(Files.isRegularFile(JAR), JAR + " missing");
    assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " not executable");
  }

  @Test
  void should_print_help_and_exit_0() throws Exception {
    Result r = run(launcher("help"), false);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("用法 Usage"), r.out());
  }

  @Test
  void should_print_usage_on_stderr_and_exit_2_for_unknown_command() throws Exception {
    Result r = run(launcher("frobnicate"), false);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("未知命令：frobnicate") && r.err().contains("用法 Usage"), r.err());
  }

  @Test
  void should_refuse_to_serve_without_the_no_call_home_environment() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Result r = run(List.of(java, "-jar", JAR.toString(), "serve", "--http-port", "0"), false);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("OPT_OUT_TRACKING=true"), r.err());
  }

  @Test
  void should_build_the_index_and_print_statistics_with_plain_progress_lines() throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"));
    List<String> index =
        launcher(
            "index",
            "--data-dir",
            tmp.resolve("data").toString(),
            "--corpus-dirs",
            corpus.toString(),
            "--embeddings",
            "off");
    Result first = run(index, false);
    assertEquals(0, first.code(), first.err());
    for (String label :
        List.of(
            "文档 documents",
            "官方文本 official docs",
            "指南 guide docs",
            "分块 chunks",
            "内容哈希 content hash",
            "本次重建 rebuilt",
            "建索引耗时 build ms")) {
      assertTrue(first.out().contains(label), label + " missing in\n" + first.out());
    }
    assertTrue(first.out().contains("是 yes"), first.out());
    assertFalse(first.err().contains("\r"), "progress bar drawn without a console");
    Result second = run(index, false);
    assertEquals(0, second.code(), second.err());
    assertTrue(second.out().contains("否 no"), "second run rebuilt:\n" + second.out());
  }

  @Test
  void should_serve_until_sigterm_then_shut_down_gracefully() throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"));
    Process p =
        start(
            launcher(
                "serve",
                "--host",
                "127.0.0.1",
                "--http-port",
                "0",
                "--grpc-port",
                "0",
                "--data-dir",
                tmp.resolve("data").toString(),
                "--corpus-dirs",
                corpus.toString(),
                "--embeddings",
                "off"),
            false);
    CompletableFuture<String> err = drain(p.getErrorStream());
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null, "no output; stderr: " + (p.isAlive() ? "" : err.get()));
      Matcher m = STARTED.matcher(line);
      assertTrue(m.find(), line);
      TestHttp http = new TestHttp(Integer.parseInt(m.group(1)));
      assertEquals(200, http.get("/healthz").statusCode());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (http.get("/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertEquals(200, http.get("/readyz").statusCode());
      assertEquals(200, http.postJson("/api/v1/search", "{\"query\":\"信用修复\"}").statusCode());

      assertTrue(
          p.toHandle().destroy(), "SIGTERM not sent"); // Process.destroy would close the pipes
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "did not stop after SIGTERM");
      assertEquals(143, p.exitValue());
      String log = err.get(5, TimeUnit.SECONDS);
      assertTrue(log.contains("正在优雅关闭") && log.contains("已关闭"), log);
    } finally {
      p.destroyForcibly();
    }
  }
}
