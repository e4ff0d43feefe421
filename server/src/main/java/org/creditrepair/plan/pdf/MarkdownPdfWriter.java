package org.creditrepair.plan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 文书 PDF：lays out a filled template (a small Markdown subset: headings, paragraphs, list items) on
 * A4 pages with an embedded CJK TrueType font (Debian fonts-wqy-zenhei by default).
 */
public final class MarkdownPdfWriter {
  private static final float MARGIN = 64;
  private static final float BODY = 12;
  private static final float HEADING = 16;

  private final Path fontFile;

  /**
   * @param fontFile a TrueType font or collection with CJK glyphs
   */
  public MarkdownPdfWriter(Path fontFile) {
    this.fontFile = fontFile;
  }

  /** True when the font is installed. */
  public boolean available() {
    return Files.isRegularFile(fontFile);
  }

  /** Renders the Markdown text as PDF bytes. */
  public byte[] write(String title, String markdown) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = load(doc);
      doc.getDocumentInformation().setTitle(title);
      Layout layout = new Layout(doc, font);
      for (String raw : markdown.split("\n")) {
        String line = raw.stripTrailing();
        if (line.startsWith("#")) {
          layout.paragraph(line.replaceFirst("^#+\\s*", "").replace("**", ""), HEADING, 0);
        } else if (line.startsWith("- ") || line.startsWith("* ")) {
          layout.paragraph(layout.bullet() + " " + line.substring(2).replace("**", ""), BODY, 12);
        } else if (line.isBlank()) {
          layout.skip(BODY * 0.6f);
        } else {
          layout.paragraph(line.replace("**", ""), BODY, 0);
        }
      }
      layout.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private PDType0Font load(PDDocument doc) throws IOException {
    String name = fontFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".ttc")) {
      TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
      List<TrueTypeFont> fonts = new ArrayList<>();
      collection.processAllFonts(fonts::add);
      return PDType0Font.load(doc, fonts.getFirst(), true);
    }
    return PDType0Font.load(doc, fontFile.toFile());
  }

  /** Page flow: wraps text by measured width and starts new pages as needed. */
  private static final class Layout {
    /** List bullets, the first the font has (WenQuanYi Zen Hei has no U+2022). */
    private static final String[] BULLETS = {"•", "·", "・", "-"};

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, String> printable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    Layout(PDDocument doc, PDType0Font font) throws IOException {
      this.doc = doc;
      this.font = font;
      newPage();
    }

    String bullet() {
      for (String b : BULLETS) {
        if (encodable(b)) {
          return b;
        }
      }
      return "-";
    }

    void paragraph(String text, float size, float indent) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
      for (String line : wrap(printable(text), size, width)) {
        if (y < MARGIN + size) {
          newPage();
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(MARGIN + indent, y);
        cs.showText(line);
        cs.endText();
        y -= size * 1.6f;
      }
    }

    void skip(float h) {
      y -= h;
    }

    /**
     * The text with tabs as spaces and every character the font has no glyph for replaced by □ (or
     * ?), so that an unusual character in the applicant's data never makes the document fail.
     */
    private String printable(String text) {
      StringBuilder sb = new StringBuilder();
      text.replace("\t", "    ")
          .codePoints()
          .forEach(
              cp ->
                  sb.append(
                      printable.computeIfAbsent(
                          cp,
                          c -> {
                            String ch = new String(Character.toChars(c));
                            if (Character.isISOControl(c)) {
                              return "";
                            }
                            return encodable(ch) ? ch : encodable("□") ? "□" : "?";
                          })));
      return sb.toString();
    }

    private boolean encodable(String ch) {
      try {
        font.encode(ch);
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        if (font.getStringWidth(current + ch) / 1000 * size > width && !current.isEmpty()) {
          lines.add(current.toString());
          current.setLength(0);
        }
        current.append(ch);
        i += Character.charCount(cp);
      }
      if (!current.isEmpty() || lines.isEmpty()) {
        lines.add(current.toString());
      }
      return lines;
    }

    private void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
      cs.close();
    }
  }
}
