package org.creditrepair.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 中文字体：the TrueType CJK font tests use to write PDFs with Chinese text (Debian package
 * fonts-wqy-zenhei, installed by .ci/run); tests skip with a message where it is missing.
 */
public final class CjkFont {
  private static final Path ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  private CjkFont() {}

  /** Loads the font into {@code doc}, or skips the calling test when it isn't installed. */
  public static PDType0Font load(PDDocument doc) throws IOException {
    assumeTrue(
        Files.isRegularFile(ZENHEI),
        "skipped: CJK font missing (apt-get install fonts-wqy-zenhei; .ci/run installs it)");
    TrueTypeCollection collection = new TrueTypeCollection(ZENHEI.toFile());
    TrueTypeFont font = collection.getFontByName("WenQuanYiZenHei");
    if (font == null) {
      font = collection.getFontByName("WenQuanYi Zen Hei");
    }
    return PDType0Font.load(doc, font, true);
  }
}
