package org.creditrepair.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.knowledge.ChineseNumerals;
import org.creditrepair.knowledge.Chunk;
import org.creditrepair.knowledge.DocumentMeta;

/**
 * 条文切分：cuts a document into article-level chunks. Official texts are cut at 第X条 (also when articles
 * run inline in one line, as in scraped pages), falling back to policy items （一）, then to paragraph
 * windows; chapter and section headings (第X章, 第X节) form the path. Guides are cut at their {@code ##
 * } sections. Articles longer than {@link #MAX_CHARS} are split into parts that keep the article
 * label.
 */
public final class ArticleChunker {
  static final int MAX_CHARS = 800;
  static final int PART_CHARS = 600;
  static final int PROSE_WINDOW = 450;

  private static final String NUM = "[零〇一二两三四五六七八九十百千0-9]+";
  private static final Pattern ARTICLE = Pattern.compile("第(" + NUM + ")条");
  private static final Pattern CHAPTER = Pattern.compile("第(" + NUM + ")([章节])");
  private static final Pattern ITEM = Pattern.compile("[（(]([一二三四五六七八九十]+)[)）]");
  private static final Pattern SECTION = Pattern.compile("([一二三四五六七八九十]+)、");

  /** Chunks one parsed document. */
  public List<Chunk> chunk(ParsedDocument doc) {
    return switch (doc.layout()) {
      case GUIDE_SECTIONS -> guideSections(doc.meta(), doc.body());
      case OFFICIAL -> official(doc.meta(), doc.body());
    };
  }

  private List<Chunk> official(DocumentMeta meta, String body) {
    List<Mark> articles = articleStarts(body);
    if (articles.size() >= 3) {
      return labelled(meta, body, articles, true);
    }
    List<Mark> items = itemStarts(body);
    if (items.size() >= 3) {
      return labelled(meta, body, items, false);
    }
    return prose(meta, body, "");
  }

  /** A labelled start position: the label as it should be cited, and where its text begins. */
  private record Mark(int start, String label) {}

  private static List<Mark> articleStarts(String body) {
    List<Mark> marks = new ArrayList<>();
    Matcher m = ARTICLE.matcher(body);
    int expected = 1;
    while (m.find()) {
      int n = ChineseNumerals.parse(m.group(1));
      if (n != expected || isReference(body, m.start())) {
        continue;
      }
      marks.add(new Mark(m.start(), "第" + ChineseNumerals.toChinese(n) + "条"));
      expected++;
    }
    return marks;
  }

  /** True when the match is a cross-reference ("依照本办法第七条") rather than an article start. */
  private static boolean isReference(String body, int at) {
    if (at == 0) {
      return false;
    }
    char prev = body.charAt(at - 1);
    if (prev == '\n' || prev == ' ' || prev == '\u3000' || prev == '#') {
      return false;
    }
    if ("》和或、至及与见按照依据本条款项规定法例".indexOf(prev) >= 0) {
      return true;
    }
    String before = body.substring(Math.max(0, at - 4), at);
    return before.endsWith("本办法") || before.endsWith("本条例") || before.endsWith("本规定");
  }

  private static List<Mark> itemStarts(String body) {
    List<Mark> marks = new ArrayList<>();
    Matcher m = ITEM.matcher(body);
    int expected = 1;
    while (m.find()) {
      int n = ChineseNumerals.parse(m.group(1));
      if (n != expected) {
        continue;
      }
      char prev = m.start() == 0 ? ' ' : body.charAt(m.start() - 1);
      if (!(Character.isWhitespace(prev) || "。；：\u3000".indexOf(prev) >= 0)) {
        continue;
      }
      marks.add(new Mark(m.start(), "（" + ChineseNumerals.toChinese(n) + "）"));
      expected++;
    }
    return marks;
  }

  private List<Chunk> labelled(DocumentMeta meta, String body, List<Mark> marks, boolean articles) {
    List<Chunk> out = new ArrayList<>();
    PathTracker path = new PathTracker(articles);
    String preamble = body.substring(0, marks.getFirst().start());
    String afterHeadings = path.consume(preamble);
    if (meaningful(stripMarkdownHeadings(afterHeadings), meta.title())) {
      out.addAll(prose(meta, afterHeadings, ""));
    }
    for (int i = 0; i < marks.size(); i++) {
      Mark mark = marks.get(i);
      int end = i + 1 < marks.size() ? marks.get(i + 1).start() : body.length();
      String span = body.substring(mark.start(), end);
      String currentPath = path.current();
      String text = path.consume(span);
      addParts(out, meta, mark.label(), currentPath, stripMarkdownHeadings(text));
    }
    return out;
  }

  private static void addParts(
      List<Chunk> out, DocumentMeta meta, String label, String path, String text) {
    String clean = text.strip();
    if (clean.isEmpty()) {
      return;
    }
    String base = meta.docId() + "#" + (label == null ? "p" : label);
    if (clean.length() <= MAX_CHARS) {
      out.add(new Chunk(unique(out, base), meta, label, path, clean, 1));
      return;
    }
    List<String> parts = Splitter.sentences(clean, PART_CHARS);
    for (int i = 0; i < parts.size(); i++) {
      out.add(
          new Chunk(unique(out, base + "#p" + (i + 1)), meta, label, path, parts.get(i), i + 1));
    }
  }

  private static String unique(List<Chunk> out, String id) {
    String candidate = id;
    int n = 2;
    while (true) {
      String c = candidate;
      if (out.stream().noneMatch(ch -> ch.chunkId().equals(c))) {
        return candidate;
      }
      candidate = id + "~" + n++;
    }
  }

  private List<Chunk> prose(DocumentMeta meta, String body, String path) {
    List<Chunk> out = new ArrayList<>();
    StringBuilder window = new StringBuilder();
    for (String para : stripMarkdownHeadings(body).split("\n")) {
      String p = para.strip();
      if (p.isEmpty()) {
        continue;
      }
      for (String piece : Splitter.sentences(p, PROSE_WINDOW)) {
        if (window.length() > 0 && window.length() + piece.length() > PROSE_WINDOW) {
          flushProse(out, meta, path, window);
        }
        if (window.length() > 0) {
          window.append('\n');
        }
        window.append(piece);
      }
    }
    flushProse(out, meta, path, window);
    return out;
  }

  private static void flushProse(
      List<Chunk> out, DocumentMeta meta, String path, StringBuilder window) {
    String text = window.toString().strip();
    window.setLength(0);
    if (text.length() < 10) {
      return;
    }
    int n = (int) out.stream().filter(c -> c.article() == null).count() + 1;
    out.add(new Chunk(meta.docId() + "#p" + n, meta, null, path, text, 1));
  }

  private List<Chunk> guideSections(DocumentMeta meta, String body) {
    List<Chunk> out = new ArrayList<>();
    String heading = null;
    StringBuilder text = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (line.startsWith("## ")) {
        addGuideSection(out, meta, heading, text);
        heading = line.substring(3).strip();
        continue;
      }
      if (line.startsWith("# ")) {
        continue;
      }
      text.append(line).append('\n');
    }
    addGuideSection(out, meta, heading, text);
    return out;
  }

  private static void addGuideSection(
      List<Chunk> out, DocumentMeta meta, String heading, StringBuilder text) {
    String t = text.toString().strip();
    text.setLength(0);
    if (t.length() < 10) {
      return;
    }
    addParts(out, meta, heading, "", heading == null ? t : heading + "\n" + t);
  }

  private static boolean meaningful(String preamble, String title) {
    String rest = preamble.replace(title, "").replaceAll("\\s+", "");
    return rest.length() >= 40;
  }

  private static String stripMarkdownHeadings(String text) {
    if (text.indexOf('#') < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("#")) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * 章节路径：tracks 第X章/第X节 (articles) or 一、/二、 (policy items) headings found at the end of a span and
   * removes them from the span's text.
   */
  private static final class PathTracker {
    private final boolean articles;
    private String chapter = "";
    private String section = "";
    private int lastChapter;
    private int lastSection;
    private int lastTopSection;

    PathTracker(boolean articles) {
      this.articles = articles;
    }

    String current() {
      return section.isEmpty() ? chapter : chapter + " / " + section;
    }

    /**
     * Returns the span's text with trailing headings removed; updates the path for what follows.
     */
    String consume(String span) {
      return articles ? consumeChapters(span) : consumeSections(span);
    }

    private String consumeChapters(String span) {
      Matcher m = CHAPTER.matcher(span);
      int cut = -1;
      while (m.find()) {
        int n = ChineseNumerals.parse(m.group(1));
        boolean isChapter = m.group(2).equals("章");
        if (isChapter && n == lastChapter + 1) {
          lastChapter = n;
          lastSection = 0;
          chapter = heading(span, m.start(), m.end());
          section = "";
          cut = cut < 0 ? m.start() : cut;
        } else if (!isChapter && n == lastSection + 1) {
          lastSection = n;
          section = heading(span, m.start(), m.end());
          cut = cut < 0 ? m.start() : cut;
        }
      }
      if (cut < 0) {
        return span;
      }
      // A heading line in Markdown starts with '#': cut from there.
      int lineStart = span.lastIndexOf('\n', cut);
      if (lineStart >= 0 && span.startsWith("#", lineStart + 1)) {
        cut = lineStart + 1;
      }
      return span.substring(0, cut);
    }

    private String consumeSections(String span) {
      Matcher m = SECTION.matcher(span);
      int cut = -1;
      while (m.find()) {
        int n = ChineseNumerals.parse(m.group(1));
        char prev = m.start() == 0 ? ' ' : span.charAt(m.start() - 1);
        boolean boundary = Character.isWhitespace(prev) || "。\u3000#".indexOf(prev) >= 0;
        if (n == lastTopSection + 1 && boundary) {
          lastTopSection = n;
          chapter = firstLine(span.substring(m.start()), 30);
          cut = m.start();
        }
      }
      // Only a heading that directly precedes the next item is cut off; a section with its own
      // text (e.g. "一、总体要求 …") keeps it.
      return cut < 0 || span.length() - cut > 40 ? span : span.substring(0, cut);
    }

    /** "第二章信用修复限制" / "## 第二章 总则" → "第二章 信用修复限制". */
    private static String heading(String span, int start, int numberEnd) {
      String label = span.substring(start, numberEnd);
      String rest = firstLine(span.substring(numberEnd), 20);
      Matcher next = ARTICLE.matcher(rest);
      if (next.find()) {
        rest = rest.substring(0, next.start());
      }
      Matcher nextSection = CHAPTER.matcher(rest);
      if (nextSection.find()) {
        rest = rest.substring(0, nextSection.start());
      }
      rest = rest.strip();
      return rest.isEmpty() ? label : label + " " + rest;
    }

    private static String firstLine(String s, int max) {
      String line = s.strip();
      int nl = line.indexOf('\n');
      if (nl >= 0) {
        line = line.substring(0, nl);
      }
      for (String stop : new String[] {"。", " ", "\u3000", "（", "("}) {
        int i = line.indexOf(stop);
        if (i > 0) {
          line = line.substring(0, i);
        }
      }
      line = line.replaceAll("\\s+", "");
      return line.length() > max ? line.substring(0, max) : line;
    }
  }
}
