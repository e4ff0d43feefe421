package org.creditrepair.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 内置知识库：the knowledge written by this project (guides, FAQ, analysis dictionaries, document
 * registry), shipped on the classpath under {@code kb/}, or read from a directory during
 * development.
 */
public final class KnowledgeBundle {
  /** Classpath folder that holds the bundle. */
  public static final String ROOT = "kb";

  private final List<BundledResource> resources;

  private KnowledgeBundle(List<BundledResource> resources) {
    this.resources = List.copyOf(resources);
  }

  /** Loads the bundle shipped in this jar (or in target/classes when run from the build). */
  public static KnowledgeBundle fromClasspath() {
    URL marker = KnowledgeBundle.class.getClassLoader().getResource(ROOT + "/documents.yaml");
    if (marker == null) {
      throw new IllegalStateException(
          "bundled knowledge base missing: " + ROOT + "/documents.yaml");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fromDirectory(fs.getPath("/" + ROOT));
      }
      return fromDirectory(Path.of(uri).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads every regular file below {@code root}. */
  public static KnowledgeBundle fromDirectory(Path root) throws IOException {
    List<BundledResource> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p :
          files
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(Path::toString))
              .toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(p)) {
          out.add(new BundledResource(rel, in.readAllBytes()));
        }
      }
    }
    return new KnowledgeBundle(out);
  }

  /** All files, sorted by path. */
  public List<BundledResource> all() {
    return resources;
  }

  /** Files directly or indirectly below {@code folder} whose name ends with {@code suffix}. */
  public List<BundledResource> list(String folder, String suffix) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return resources.stream()
        .filter(r -> r.path().startsWith(prefix) && r.path().endsWith(suffix))
        .toList();
  }

  /** One file by path. */
  public Optional<BundledResource> get(String path) {
    return resources.stream().filter(r -> r.path().equals(path)).findFirst();
  }
}
