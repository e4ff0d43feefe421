package org.creditrepair.knowledge.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF 文本读取：reads the text layer of an official text published as PDF (Apache PDFBox). */
public final class PdfTextReader {

  /** The text and document title of a PDF file; pages are separated by newlines. */
  public record PdfText(String title, String text, int pages) {}

  /** Reads the text layer; throws IOException for encrypted or malformed files. */
  public PdfText read(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      if (doc.isEncrypted()) {
        throw new IOException("encrypted PDF: " + file.getFileName());
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      String text = stripper.getText(doc);
      PDDocumentInformation info = doc.getDocumentInformation();
      String title = info == null || info.getTitle() == null ? "" : info.getTitle().strip();
      return new PdfText(title, text, doc.getNumberOfPages());
    }
  }
}
