package org.creditrepair.knowledge.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.DomainTerms;
import org.creditrepair.knowledge.Embedder;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.IndexStats;
import org.creditrepair.knowledge.Source;
import org.creditrepair.knowledge.embedding.EmbeddingCache;
import org.creditrepair.knowledge.ingest.ArticleChunker;
import org.creditrepair.knowledge.ingest.CorpusReader;
import org.creditrepair.knowledge.ingest.ParsedDocument;
import org.creditrepair.knowledge.ingest.SourceFile;

/**
 * 索引构建与打开：opens the live index generation when its content hash matches the sources, and otherwise
 * parses, chunks, embeds (re-using cached vectors) and writes a new generation, then swaps it in
 * atomically.
 */
public final class LuceneKnowledgeIndex {
  /** Bump when parsing, chunking or index layout changes so existing indexes are rebuilt. */
  static final String FORMAT = "kb-index-v1";

  private static final Logger LOG = Logger.getLogger(LuceneKnowledgeIndex.class.getName());

  private LuceneKnowledgeIndex() {}

  /** Sources of one build: what is hashed and what is indexed. */
  public record Sources(
      List<SourceFile> files, byte[] registryBytes, byte[] termsBytes, CorpusReader reader) {}

  /** Opens (or builds and opens) the index; {@code embedder} may be null for BM25 only. */
  public static LuceneKnowledgeSearch open(
      Path dataDir,
      Sources sources,
      DocumentRegistry registry,
      DomainTerms terms,
      Embedder embedder,
      Clock clock,
      IndexProgress progress)
      throws IOException {
    String hash = contentHash(sources, embedder);
    IndexStore store = new IndexStore(dataDir.resolve("index"));
    Analyzer analyzer = Analyzers.perField(terms);
    var current = store.current();
    if (current.isPresent() && current.get().contentHash().equals(hash)) {
      IndexStats stats = readStats(current.get().dir(), hash, clock);
      return new LuceneKnowledgeSearch(current.get().dir(), analyzer, embedder, registry, stats);
    }
    long start = System.nanoTime();
    List<Chunk> chunks = chunks(sources, progress);
    List<float[]> vectors = null;
    if (embedder != null) {
      EmbeddingCache cache = EmbeddingCache.open(dataDir.resolve("embeddings.cache"));
      List<String> passages = chunks.stream().map(ChunkIndexer::passage).toList();
      vectors = cache.embed(embedder, passages, (d, t) -> progress.update("embed", d, t));
      cache.save(embedder, passages);
    }
    progress.update("write", 0, chunks.size());
    Path dir = store.newGeneration(hash);
    ChunkIndexer.write(dir, analyzer, chunks, vectors);
    store.publish(dir, hash);
    progress.update("write", chunks.size(), chunks.size());
    long millis = (System.nanoTime() - start) / 1_000_000;
    IndexStats stats = count(chunks, hash, Instant.now(clock), true, millis);
    LOG.info("index built: " + stats);
    return new LuceneKnowledgeSearch(dir, analyzer, embedder, registry, stats);
  }

  private static List<Chunk> chunks(Sources sources, IndexProgress progress) {
    ArticleChunker chunker = new ArticleChunker();
    Map<String, ParsedDocument> docs = new LinkedHashMap<>();
    int done = 0;
    for (SourceFile f : sources.files()) {
      for (ParsedDocument d : sources.reader().parse(f)) {
        ParsedDocument previous = docs.putIfAbsent(d.meta().docId(), d);
        if (previous != null) {
          LOG.warning(
              "document "
                  + d.meta().docId()
                  + " in "
                  + d.meta().origin()
                  + " already read from "
                  + previous.meta().origin()
                  + "; keeping the first");
        }
      }
      progress.update("parse", ++done, sources.files().size());
    }
    List<Chunk> chunks = new ArrayList<>();
    for (ParsedDocument d : docs.values()) {
      chunks.addAll(chunker.chunk(d));
    }
    return chunks;
  }

  private static IndexStats count(
      List<Chunk> chunks, String hash, Instant builtAt, boolean rebuilt, long millis) {
    Map<String, Source> docs = new LinkedHashMap<>();
    chunks.forEach(c -> docs.putIfAbsent(c.doc().docId(), c.doc().source()));
    int guides = (int) docs.values().stream().filter(s -> s == Source.GUIDE).count();
    return new IndexStats(
        docs.size(), docs.size() - guides, guides, chunks.size(), hash, builtAt, rebuilt, millis);
  }

  private static IndexStats readStats(Path dir, String hash, Clock clock) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      Map<String, String> docs = new LinkedHashMap<>();
      var stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        var doc = stored.document(i, java.util.Set.of(IndexFields.DOC_ID, IndexFields.SOURCE));
        docs.putIfAbsent(doc.get(IndexFields.DOC_ID), doc.get(IndexFields.SOURCE));
      }
      int guides = (int) docs.values().stream().filter(Source.GUIDE.name()::equals).count();
      Instant built =
          java.nio.file.Files.getLastModifiedTime(dir.resolve("content-hash")).toInstant();
      return new IndexStats(
          docs.size(), docs.size() - guides, guides, r.maxDoc(), hash, built, false, 0);
    }
  }

  /** SHA-256 over the format, the model, the registry, the dictionary and every source file. */
  static String contentHash(Sources s, Embedder embedder) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      update(md, FORMAT);
      update(md, embedder == null ? "no-vectors" : embedder.modelId());
      md.update(s.registryBytes());
      md.update(s.termsBytes());
      for (SourceFile f : s.files()) {
        update(md, f.origin());
        md.update(f.bytes());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }
}
