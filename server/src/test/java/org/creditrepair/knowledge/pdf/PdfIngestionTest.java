package org.creditrepair.knowledge.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.creditrepair.knowledge.IndexProgress;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;
import org.creditrepair.knowledge.SearchHit;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.testing.CjkFont;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Official texts published as PDF: read by content sniffing, chunked by article, indexed. */
class PdfIngestionTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("PDF 官方文本：按内容识别（即使扩展名是 .txt），两页条文按条切分并可检索")
  void pdf_text_is_indexed_by_article() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    writePdf(
        corpus.resolve("notice.txt"),
        "某省信用修复测试细则",
        List.of(
            List.of("某省信用修复测试细则", "第一条 为规范信用修复工作，制定本细则。", "第二条 失信主体纠正失信行为后可以申请修复。"),
            List.of("第三条 修复申请应当在十个工作日内办结。", "第四条 本细则自发布之日起施行。")),
        false);
    try (KnowledgeModule m =
        KnowledgeModule.open(
            new KnowledgeSettings(tmp.resolve("data"), List.of(corpus), false),
            Clock.systemUTC(),
            IndexProgress.NONE)) {
      assertEquals(1, m.stats().officialDocuments());
      List<SearchHit> hits =
          m.search()
              .search(
                  new SearchQuery(
                      "《某省信用修复测试细则》第三条", 3, null, LocalDate.of(2026, 11, 24), SearchMode.BM25))
              .hits();
      assertEquals("第三条", hits.getFirst().article());
      assertTrue(hits.getFirst().exact());
      assertTrue(hits.getFirst().text().contains("十个工作日"));
    }
  }

  @Test
  void encrypted_pdf_is_refused_not_crashed() throws Exception {
    Path file = tmp.resolve("secret.pdf");
    writePdf(file, "加密", List.of(List.of("第一条 内容。")), true);
    assertThrows(IOException.class, () -> new PdfTextReader().read(file));
  }

  private static void writePdf(Path file, String title, List<List<String>> pages, boolean encrypt)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = CjkFont.load(doc);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(50, 700);
          for (String line : lines) {
            cs.showText(line);
            cs.newLineAtOffset(0, -20);
          }
          cs.endText();
        }
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      doc.setDocumentInformation(info);
      if (encrypt) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", "user", new AccessPermission());
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
  }
}
