package org.creditrepair.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * JWT 密钥文件：the server's token signing key (256 random bits, Base64), read from its file or created
 * there on first use, readable by the owner only.
 */
final class JwtKeyFile {
  static final int KEY_BYTES = 32;

  private JwtKeyFile() {}

  /** The key in {@code file}, creating the file with a new random key when it does not exist. */
  static byte[] loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] key =
          Base64.getDecoder().decode(Files.readString(file, StandardCharsets.UTF_8).strip());
      if (key.length < KEY_BYTES) {
        throw new IllegalStateException("JWT 密钥文件 " + file + " 太短：至少 " + KEY_BYTES + " 字节（Base64）");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("JWT 密钥文件 " + file + " 不是 Base64 文本", e);
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取或创建 JWT 密钥文件 " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path tmp = Files.createTempFile(dir, ".jwt-key-", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // non-POSIX file systems keep their default permissions
      }
      Files.writeString(
          tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.UTF_8);
      try {
        // a hard link never replaces: two processes starting at once keep the first key
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException raced) {
        // the other one won
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
