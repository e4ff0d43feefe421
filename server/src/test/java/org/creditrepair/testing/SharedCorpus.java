package org.creditrepair.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 共享语料：locates {@code ../shared} (official texts, seeds, calendar) beside the checkout. CI has it;
 * users usually don't, so tests that need it skip with a message.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The shared folder, or null when it isn't there. */
  public static Path root() {
    String configured = System.getProperty("cr.shared.dir");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
    if (Files.isDirectory(p.resolve("corpus"))) {
      return p.toAbsolutePath().normalize();
    }
    Path up = Path.of("..", "..", "shared");
    return Files.isDirectory(up.resolve("corpus")) ? up.toAbsolutePath().normalize() : null;
  }

  /** Skips the calling test when the shared folder is absent. */
  public static Path require() {
    Path root = root();
    assumeTrue(
        root != null,
        "skipped: ../shared (official corpus and seeds) is not beside this checkout;"
            + " CI provides it, see README 'Official texts'");
    return root;
  }

  public static Path regulations() {
    return require().resolve("corpus").resolve("regulations");
  }

  public static Path seeds() {
    return require().resolve("seeds");
  }
}
