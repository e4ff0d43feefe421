package org.creditrepair.knowledge.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.creditrepair.knowledge.Embedder;

/**
 * 向量缓存：remembers passage vectors by a hash of model and text in one file under the data directory,
 * so a rebuild re-embeds only the chunks that changed.
 */
public final class EmbeddingCache {
  private static final int MAGIC = 0x43524543; // "CREC"

  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();
  private boolean dirty;

  private EmbeddingCache(Path file) {
    this.file = file;
  }

  /** Opens the cache file (a missing or damaged file gives an empty cache). */
  public static EmbeddingCache open(Path file) {
    EmbeddingCache cache = new EmbeddingCache(file);
    if (Files.isRegularFile(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        if (in.readInt() != MAGIC) {
          return cache;
        }
        while (true) {
          String key;
          try {
            key = in.readUTF();
          } catch (EOFException e) {
            break;
          }
          float[] v = new float[in.readInt()];
          for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
          }
          cache.vectors.put(key, v);
        }
      } catch (IOException e) {
        cache.vectors.clear();
      }
    }
    return cache;
  }

  /** Vectors for all passages, computing only those not cached. */
  public List<float[]> embed(Embedder embedder, List<String> passages, Progress progress) {
    List<String> keys = passages.stream().map(p -> key(embedder.modelId(), p)).toList();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      if (!vectors.containsKey(keys.get(i))) {
        missing.add(i);
      }
    }
    int step = 64;
    for (int from = 0; from < missing.size(); from += step) {
      List<Integer> slice = missing.subList(from, Math.min(missing.size(), from + step));
      List<float[]> computed = embedder.embedPassages(slice.stream().map(passages::get).toList());
      for (int j = 0; j < slice.size(); j++) {
        vectors.put(keys.get(slice.get(j)), computed.get(j));
      }
      dirty = true;
      progress.update(from + slice.size(), missing.size());
    }
    return keys.stream().map(vectors::get).toList();
  }

  /** Keeps only the given passages' vectors and writes the file atomically when it changed. */
  public void save(Embedder embedder, List<String> keep) throws IOException {
    Map<String, float[]> kept = new HashMap<>();
    for (String p : keep) {
      String k = key(embedder.modelId(), p);
      float[] v = vectors.get(k);
      if (v != null) {
        kept.put(k, v);
      }
    }
    if (!dirty && kept.size() == vectors.size()) {
      return;
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      out.writeInt(MAGIC);
      for (Map.Entry<String, float[]> e : kept.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    vectors.clear();
    vectors.putAll(kept);
    dirty = false;
  }

  /** Progress of the embedding step (done, total). */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  private static String key(String model, String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(model.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
