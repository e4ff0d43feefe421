package org.creditrepair.knowledge.ingest;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * 文本规范化：cleans real-world text before chunking — removes pinyin annotations left by conversion
 * tools ("修復(fù)"), converts traditional characters to simplified when a text is mostly
 * traditional, and unifies line endings. Thread-safe.
 */
public final class TextNormalizer {
  /** A parenthesised pinyin syllable with tone marks, as left behind by some converters. */
  private static final Pattern PINYIN_NOISE =
      Pattern.compile(
          "\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7}\\)");

  private static final double TRADITIONAL_SHARE = 0.02;

  private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

  /** Normalises a whole document or file. */
  public String normalize(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    t = PINYIN_NOISE.matcher(t).replaceAll("");
    if (looksTraditional(t)) {
      synchronized (toSimplified) {
        t = toSimplified.transliterate(t);
      }
    }
    return t;
  }

  /** True when converting to simplified would change more than 2% of the Han characters. */
  boolean looksTraditional(String text) {
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    String converted;
    synchronized (toSimplified) {
      converted = toSimplified.transliterate(sample);
    }
    if (converted.length() != sample.length()) {
      return true;
    }
    int han = 0;
    int changed = 0;
    for (int i = 0; i < sample.length(); i++) {
      if (Character.UnicodeScript.of(sample.charAt(i)) == Character.UnicodeScript.HAN) {
        han++;
        if (sample.charAt(i) != converted.charAt(i)) {
          changed++;
        }
      }
    }
    return han > 0 && changed > han * TRADITIONAL_SHARE;
  }
}
