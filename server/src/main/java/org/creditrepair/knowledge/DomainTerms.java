package org.creditrepair.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 领域词典：the domain dictionary and synonyms ({@code knowledge-base/analysis/terms.txt}); finds the
 * domain terms in a text by longest match and maps each synonym to its canonical term, so that "老赖"
 * and "失信被执行人" meet in the index.
 */
public final class DomainTerms {
  private final Map<String, String> canonicalBySurface;
  private final int maxLength;

  private DomainTerms(Map<String, String> canonicalBySurface) {
    this.canonicalBySurface = Map.copyOf(canonicalBySurface);
    this.maxLength = canonicalBySurface.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** Parses lines {@code canonical | synonym | …}; '#' starts a comment line. */
  public static DomainTerms parse(String text) {
    Map<String, String> map = new HashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|");
      String canonical = parts[0].strip();
      if (canonical.length() < 2) {
        continue;
      }
      for (String p : parts) {
        String surface = p.strip();
        if (surface.length() >= 2) {
          map.putIfAbsent(surface, canonical);
        }
      }
    }
    return new DomainTerms(map);
  }

  /** An empty dictionary. */
  public static DomainTerms empty() {
    return new DomainTerms(Map.of());
  }

  /** Number of surface forms (terms and synonyms). */
  public int size() {
    return canonicalBySurface.size();
  }

  /** The canonical term for a surface form, or null. */
  public String canonical(String surface) {
    return canonicalBySurface.get(surface);
  }

  /** A term found in a text: its canonical form and where the surface form stands. */
  public record Match(String canonical, int start, int end) {}

  /** Left-to-right longest matches, non-overlapping. */
  public List<Match> find(CharSequence text) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      Match best = null;
      for (int len = Math.min(maxLength, n - i); len >= 2; len--) {
        String c = canonicalBySurface.get(text.subSequence(i, i + len).toString());
        if (c != null) {
          best = new Match(c, i, i + len);
          break;
        }
      }
      if (best != null) {
        out.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return out;
  }
}
