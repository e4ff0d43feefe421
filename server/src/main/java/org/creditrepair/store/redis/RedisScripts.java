package org.creditrepair.store.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Lua 脚本：the adapter's atomic operations, read from {@code *.lua} resources beside this class and
 * run by SHA1 ({@code EVALSHA}), falling back to {@code EVAL} when the server does not know them
 * yet (first use, or after a restart).
 */
final class RedisScripts {
  /** One script resource. */
  enum Script {
    CREATE("create.lua"),
    UPDATE("update.lua"),
    LIST("list.lua"),
    PUSH("push.lua"),
    SCHEDULE("schedule.lua"),
    CANCEL("cancel.lua"),
    CLAIM("claim.lua"),
    ACK("ack.lua"),
    NACK("nack.lua"),
    DEAD("dead.lua");

    final String text;
    final String sha;

    Script(String resource) {
      this.text = load(resource);
      this.sha = sha1(text);
    }
  }

  private final RedisCommands<String, String> commands;

  RedisScripts(RedisCommands<String, String> commands) {
    this.commands = commands;
  }

  /** Runs a script atomically on the server. */
  <T> T run(Script script, ScriptOutputType type, String[] keys, String... args) {
    try {
      return commands.evalsha(script.sha, type, keys, args);
    } catch (RedisNoScriptException e) {
      return commands.eval(script.text, type, keys, args);
    }
  }

  private static String load(String resource) {
    try (InputStream in = RedisScripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing script resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha1(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 unavailable", e);
    }
  }
}
