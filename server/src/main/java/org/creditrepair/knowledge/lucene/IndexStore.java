package org.creditrepair.knowledge.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 索引目录：index generations under {@code dataDir/index}; a file CURRENT names the live one and is
 * replaced atomically after a new generation is complete, so readers never see a half-built index.
 */
final class IndexStore {
  private final Path root;

  IndexStore(Path root) {
    this.root = root;
  }

  /** The live generation and its content hash, if there is one. */
  Optional<Generation> current() throws IOException {
    Path pointer = root.resolve("CURRENT");
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    Path dir = root.resolve(name);
    Path hash = dir.resolve("content-hash");
    if (name.isEmpty() || !Files.isRegularFile(hash)) {
      return Optional.empty();
    }
    return Optional.of(new Generation(dir, Files.readString(hash, StandardCharsets.UTF_8).strip()));
  }

  /** A fresh directory for a new generation. */
  Path newGeneration(String contentHash) throws IOException {
    Files.createDirectories(root);
    Path dir = root.resolve("gen-" + contentHash.substring(0, 12) + "-" + System.nanoTime());
    Files.createDirectories(dir);
    return dir;
  }

  /** Marks a complete generation live, then removes the others. */
  void publish(Path dir, String contentHash) throws IOException {
    Files.writeString(dir.resolve("content-hash"), contentHash, StandardCharsets.UTF_8);
    Path tmp = root.resolve("CURRENT.tmp");
    Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
    Files.move(
        tmp,
        root.resolve("CURRENT"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    try (Stream<Path> gens = Files.list(root)) {
      for (Path old :
          gens.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(dir))
              .toList()) {
        deleteTree(old);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** One index generation. */
  record Generation(Path dir, String contentHash) {}
}
