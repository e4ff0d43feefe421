package org.creditrepair.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

class AnnualReportWindowTest {
  static final KnowledgeBundle BUNDLE = KnowledgeBundle.fromClasspath();

  @Test
  void should_read_the_window_and_its_sources_from_the_knowledge_base() {
    AnnualReportWindow w = AnnualReportWindow.load(BUNDLE);
    assertEquals(MonthDay.of(1, 1), w.from());
    assertEquals(LocalDate.of(2027, 6, 30), w.lastDay(2027));
    assertEquals("第八条", w.windowArticle());
    assertEquals("第十八条", w.consequenceArticle());
    DocumentRegistry registry =
        DocumentRegistry.parse(BUNDLE.get("documents.yaml").orElseThrow().text());
    assertTrue(registry.byId(w.doc()).isPresent(), w.doc());
  }

  @Test
  void should_cite_articles_that_say_so_in_the_official_text() throws Exception {
    Path shared = SharedCorpus.require();
    String law = Files.readString(shared.resolve("corpus/regulations/14_企业信息公示暂行条例_2024修订.md"));
    AnnualReportWindow w = AnnualReportWindow.load(BUNDLE);
    assertTrue(w.verified());
    int art8 = law.indexOf(w.windowArticle());
    assertTrue(art8 >= 0 && law.indexOf("6月30日", art8) > art8, "第八条 sets 30 June");
    int art18 = law.indexOf(w.consequenceArticle());
    assertTrue(art18 >= 0 && law.indexOf("经营异常名录", art18) > art18, "第十八条 lists");
  }
}
