package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {
  @TempDir Path tmp;

  @Test
  void should_print_a_token_the_server_key_verifies() throws Exception {
    String uscc = Uscc.withCheckCharacter("91330106MA2B00001");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new TokenCommand(
                Map.of(), Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8))
            .run(
                List.of(
                    "--role",
                    "enterprise",
                    "--subject",
                    uscc,
                    "--ttl",
                    "2h",
                    "--data-dir",
                    tmp.toString()));
    assertEquals(Main.EXIT_OK, code);
    Path key = tmp.resolve("jwt.key");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    Vertx vertx = Vertx.vertx();
    try {
      Principal p =
          new JwtTokens(vertx, JwtKeyFile.loadOrCreate(key), Clock.systemUTC())
              .verify(out.toString(StandardCharsets.UTF_8).strip())
              .await(10, TimeUnit.SECONDS);
      assertEquals(uscc, p.subject());
      assertEquals(Role.ENTERPRISE, p.role());
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void should_keep_the_key_across_uses() {
    byte[] first = JwtKeyFile.loadOrCreate(tmp.resolve("k/jwt.key"));
    assertEquals(32, first.length);
    assertTrue(java.util.Arrays.equals(first, JwtKeyFile.loadOrCreate(tmp.resolve("k/jwt.key"))));
  }

  @Test
  void should_refuse_bad_usage() {
    TokenCommand cmd = new TokenCommand(Map.of(), Clock.systemUTC(), System.out);
    assertThrows(IllegalArgumentException.class, () -> cmd.run(List.of("--role", "ADMIN")));
    assertThrows(
        IllegalArgumentException.class,
        () -> cmd.run(List.of("--role", "KING", "--subject", "x", "--data-dir", tmp.toString())));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            cmd.run(
                List.of(
                    "--role",
                    "ENTERPRISE",
                    "--subject",
                    "91330106MA2B00001X",
                    "--data-dir",
                    tmp.toString())));
    assertEquals(Duration.ofDays(7), TokenCommand.ttl("7d"));
    assertThrows(IllegalArgumentException.class, () -> TokenCommand.ttl("400d"));
    assertThrows(IllegalArgumentException.class, () -> TokenCommand.ttl("soon"));
  }
}
