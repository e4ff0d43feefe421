package org.creditrepair.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.testing.SharedCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Chunking every official text of the shared corpus and the seeds (skipped without ../shared). */
class CorpusChunkingTest {
  private static final Pattern ARTICLE_LINE = Pattern.compile("(?m)^第[零一二三四五六七八九十百]+条");

  private final DocumentRegistry registry =
      DocumentRegistry.parse(
          KnowledgeBundle.fromClasspath().get("documents.yaml").orElseThrow().text());
  private final CorpusReader reader = new CorpusReader(registry);
  private final ArticleChunker chunker = new ArticleChunker();

  static Stream<Path> corpusFiles() throws IOException {
    Path root = SharedCorpus.root();
    if (root == null) {
      return Stream.of(Path.of("shared-corpus-absent"));
    }
    try (Stream<Path> s = Files.list(root.resolve("corpus").resolve("regulations"))) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  @DisplayName("每个官方文本按条切分：条数与原文一致、条号连续、每条只属于本文件")
  void every_article_of_every_corpus_file_becomes_one_labelled_chunk(Path file) throws IOException {
    SharedCorpus.require();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int expected = (int) ARTICLE_LINE.matcher(FrontMatter.parse(text).body()).results().count();
    List<ParsedDocument> docs =
        reader.parse(
            new SourceFile(
                "corpus:" + file.getFileName(),
                file,
                text.getBytes(StandardCharsets.UTF_8),
                false));
    assertEquals(1, docs.size(), "one document per corpus file");
    ParsedDocument doc = docs.getFirst();
    assertFalse(doc.meta().docId().startsWith("DOC-"), "registered id for " + doc.meta().title());
    List<Chunk> chunks = chunker.chunk(doc);
    Set<String> labels = new LinkedHashSet<>();
    for (Chunk c : chunks) {
      if (c.article() != null) {
        labels.add(c.article());
      }
      assertEquals(doc.meta().docId(), c.doc().docId());
      assertTrue(c.text().length() <= ArticleChunker.MAX_CHARS, c.chunkId() + " too long");
    }
    assertEquals(expected, labels.size(), "article count of " + file.getFileName());
    int n = 1;
    for (String label : labels) {
      assertEquals("第" + org.creditrepair.knowledge.ChineseNumerals.toChinese(n++) + "条", label);
    }
    Set<String> ids = chunks.stream().map(Chunk::chunkId).collect(Collectors.toSet());
    assertEquals(chunks.size(), ids.size(), "chunk ids unique");
  }

  @Test
  @DisplayName("种子文件：一个文本文件里的多份文件被分开，丹东办法20条、国办发35号22项，不串文件")
  void seeds_split_into_documents_without_mixing() throws IOException {
    Path seeds = SharedCorpus.seeds();
    Map<String, List<Chunk>> byDoc = new TreeMap<>();
    List<String> titles = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path p : s.sorted().toList()) {
        for (ParsedDocument d :
            reader.parse(
                new SourceFile("seeds:" + p.getFileName(), p, Files.readAllBytes(p), false))) {
          titles.add(d.meta().docId() + " " + d.meta().title());
          byDoc.computeIfAbsent(d.meta().docId(), k -> new ArrayList<>()).addAll(chunker.chunk(d));
        }
      }
    }
    titles.forEach(System.out::println);
    List<Chunk> dandong = byDoc.get("SEED-DANDONG-REPAIR");
    List<Chunk> gov35 = byDoc.get("GOV-2019-35");
    assertTrue(dandong != null && gov35 != null, "both seed regulations found: " + titles);
    assertEquals(
        20, dandong.stream().map(Chunk::article).filter(a -> a != null).distinct().count());
    assertEquals(
        22,
        gov35.stream()
            .map(Chunk::article)
            .filter(a -> a != null && a.startsWith("（"))
            .distinct()
            .count());
    Chunk art7 = dandong.stream().filter(c -> "第七条".equals(c.article())).findFirst().orElseThrow();
    assertTrue(art7.path().startsWith("第二章"), "chapter path: " + art7.path());
    assertFalse(art7.text().contains("第八条"), "article 7 must not run into article 8");
    for (List<Chunk> chunks : byDoc.values()) {
      for (Chunk c : chunks) {
        assertFalse(
            c.text().contains("(fù)") || c.text().contains("修復"),
            "noise/traditional left: " + c.chunkId());
      }
    }
  }
}
