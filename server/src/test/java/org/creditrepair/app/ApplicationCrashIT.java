package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 崩溃测试：the real server jar with the embedded store takes application writes over HTTP from four
 * clients, is killed with SIGKILL in the middle, restarts on the same data directory, and still has
 * every application whose creation was acknowledged (201).
 */
class ApplicationCrashIT {
  static final Pattern ID = Pattern.compile("\"id\":\"(ap_[^\"]+)\"");
  static final String USCC = Uscc.withCheckCharacter("91330106MA2B00001");

  @TempDir Path tmp;

  record Server(Process process, TestHttp http) {}

  Server start(Path data) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        LauncherIT.start(
            List.of(
                javaBin,
                "-jar",
                LauncherIT.JAR.toString(),
                "serve",
                "--host",
                "127.0.0.1",
                "--http-port",
                "0",
                "--grpc-port",
                "0",
                "--embeddings",
                "off",
                "--rate-limit",
                "0",
                "--data-dir",
                data.toString()),
            true);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    // own threads: the common pool may have a single worker on two cores
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                p.getErrorStream().transferTo(OutputStream.nullOutputStream());
              } catch (IOException ignored) {
                // process gone
              }
            });
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  Matcher m = LauncherIT.STARTED.matcher(line);
                  if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                  }
                }
              } catch (IOException e) {
                // process gone
              }
              port.complete(-1);
            });
    int httpPort = port.get(120, TimeUnit.SECONDS);
    assertTrue(httpPort > 0, "server did not start");
    return new Server(p, new TestHttp(httpPort));
  }

  @Test
  void should_keep_every_acknowledged_application_across_kill_9() throws Exception {
    Path data = tmp.resolve("data");
    String token = TestServers.token(data, Role.ENTERPRISE, USCC, Duration.ofHours(1));
    Server first = start(data);
    String body =
        "{\"enterprise\":{\"name\":\"某公司\",\"uscc\":\""
            + USCC
            + "\"},\"submit\":true,\"records\":[{\"id\":\"r1\",\"type\":\"ABNORMAL_OPERATION\","
            + "\"listedDate\":\"2025-07-15\"}]}";
    List<String> acked = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      Thread t =
          Thread.ofVirtual()
              .start(
                  () -> {
                    while (!stop.get()) {
                      try {
                        HttpResponse<String> r =
                            first
                                .http()
                                .send(
                                    first
                                        .http()
                                        .request("/api/v1/applications")
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", "Bearer " + token)
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build());
                        Matcher m = ID.matcher(r.body());
                        if (r.statusCode() == 201 && m.find()) {
                          acked.add(m.group(1));
                        }
                      } catch (RuntimeException connectionLost) {
                        return;
                      }
                    }
                  });
      writers.add(t);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acked.size() < 200 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    first.process().destroyForcibly(); // SIGKILL while the writers are still writing
    first.process().waitFor(30, TimeUnit.SECONDS);
    stop.set(true);
    for (Thread t : writers) {
      t.join(30_000);
    }
    List<String> ids = List.copyOf(acked);
    assertTrue(ids.size() >= 200, "only " + ids.size() + " writes acknowledged before the kill");

    Server second = start(data);
    try {
      int missing = 0;
      for (String id : ids) {
        HttpResponse<String> r =
            second
                .http()
                .send(
                    second
                        .http()
                        .request("/api/v1/applications/" + id)
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build());
        if (r.statusCode() != 200) {
          missing++;
        }
      }
      assertEquals(0, missing, "acknowledged applications lost after kill -9: " + missing);
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
