package org.creditrepair.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.materials.Material;
import org.creditrepair.kb.materials.MaterialCatalogue;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.RegistryEntry;
import org.creditrepair.knowledge.ingest.ArticleChunker;
import org.creditrepair.knowledge.ingest.CorpusReader;
import org.creditrepair.knowledge.ingest.ParsedDocument;
import org.creditrepair.knowledge.ingest.SourceFile;
import org.creditrepair.plan.DocumentTemplate;
import org.creditrepair.plan.TemplateRenderer;
import org.creditrepair.testing.SharedCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule files: schema (by loading), ids, dates, documents, and cited articles. */
class RuleBookValidationTest {
  private final KnowledgeBundle bundle = KnowledgeBundle.fromClasspath();
  private final DocumentRegistry registry =
      DocumentRegistry.parse(bundle.get("documents.yaml").orElseThrow().text());
  private final RuleBook book = RuleBook.load(bundle);
  private final MaterialCatalogue catalogue = MaterialCatalogue.load(bundle);

  @Test
  @DisplayName("规则文件：结构、编号唯一、日期区间、引用文件均已登记")
  void rule_files_are_consistent() {
    assertFalse(book.all().isEmpty());
    Set<String> docs =
        registry.entries().stream().map(RegistryEntry::id).collect(Collectors.toSet());
    Set<String> materials = catalogue.all().stream().map(Material::id).collect(Collectors.toSet());
    assertEquals(List.of(), book.validate(docs, materials));
  }

  @Test
  @DisplayName("材料目录：每份材料引用的模板都存在，每条材料规则引用的材料都在目录中")
  void materials_refer_to_existing_templates() {
    Set<String> templates =
        TemplateRenderer.load(bundle).templates().stream()
            .map(DocumentTemplate::id)
            .collect(Collectors.toSet());
    assertEquals(3, templates.size(), "承诺书、情况说明、第三方平台更新函");
    for (Material m : catalogue.all()) {
      if (m.template() != null) {
        assertTrue(templates.contains(m.template()), m.id() + " → " + m.template());
      }
    }
  }

  @Test
  @DisplayName("校验器能发现问题：未知材料编号被报告")
  void validator_reports_unknown_materials() {
    Set<String> docs =
        registry.entries().stream().map(RegistryEntry::id).collect(Collectors.toSet());
    List<String> problems = book.validate(docs, Set.of("MAT-BUSINESS-LICENSE-COPY"));
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("unknown material MAT-")), problems::toString);
    List<String> noDocs = book.validate(Set.of(), Set.of());
    assertTrue(noDocs.stream().anyMatch(p -> p.contains("unknown document")));
  }

  @Test
  @DisplayName("已核实的规则必须引用具体条文；引用的条文在语料或种子中真实存在")
  void cited_articles_exist_in_the_corpus() throws IOException {
    for (Rule r : book.all()) {
      if (r.meta().verified()) {
        assertTrue(
            r.meta().source().article() != null,
            r.meta().id() + " is verified but cites no article");
      }
    }
    Path shared = SharedCorpus.require();
    CorpusReader reader = new CorpusReader(registry);
    ArticleChunker chunker = new ArticleChunker();
    Set<String> keys = new HashSet<>();
    Set<String> indexedDocs = new HashSet<>();
    for (SourceFile f :
        reader.collect(
            bundle, List.of(shared.resolve("corpus/regulations"), shared.resolve("seeds")))) {
      for (ParsedDocument d : reader.parse(f)) {
        indexedDocs.add(d.meta().docId());
        for (Chunk c : chunker.chunk(d)) {
          keys.add(d.meta().docId() + "|" + c.article());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Rule r : book.all()) {
      var src = r.meta().source();
      if (src.article() != null
          && indexedDocs.contains(src.doc())
          && !keys.contains(src.doc() + "|" + src.article())) {
        missing.add(r.meta().id() + " → " + src.doc() + " " + src.article());
      }
      if (r.meta().verified()) {
        assertTrue(
            indexedDocs.contains(src.doc()),
            r.meta().id() + " is verified but its text is not in the corpus");
      }
    }
    assertEquals(List.of(), missing);
  }
}
