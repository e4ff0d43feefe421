package org.creditrepair.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 多文件文本拆分：splits a plain-text file that holds several documents, each under its own title line (as
 * scraped pages and compilations do), into separate documents. A title line is short, is the file's
 * first line or ends with a document-type word (办法, 条例, 意见, 制度 …), and is followed by body text;
 * title lines with no body are dropped.
 */
public final class PlainTextSplitter {
  private static final Pattern DOC_TITLE =
      Pattern.compile(
          ".*(办法|条例|规定|意见|通知|方案|制度|决定|规则|细则|指引|指南|公告|报告|名单|流程图)" + "[（(]?(试行|暂行|修订|草案)?[)）]?");
  private static final Pattern ORDINAL =
      Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d+[.、]|- |第).*");

  /** Headers that start a document whose real title is its first clause. */
  private static final List<String> GENERIC_HEADERS = List.of("文档简介", "正文", "全文");

  /** Website chrome: these headers and what follows them until the next title are dropped. */
  private static final List<String> CHROME_HEADERS =
      List.of("温馨提示", "最新文档", "评论", "相关文档", "猜你喜欢", "相关推荐");

  private static final int MAX_TITLE = 80;
  private static final int MIN_BODY = 200;

  /** One document found in the file. */
  public record TextDocument(String title, String body) {}

  /** Splits normalised text; {@code fallbackTitle} names a document whose title can't be found. */
  public List<TextDocument> split(String text, String fallbackTitle) {
    List<TextDocument> docs = new ArrayList<>();
    String title = null;
    StringBuilder body = new StringBuilder();
    boolean first = true;
    boolean chrome = false;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean titleLine = isTitle(line, first);
      first = false;
      if (titleLine) {
        if (!chrome && body.length() >= MIN_BODY) {
          docs.add(new TextDocument(titleOf(title, body, fallbackTitle), body.toString().strip()));
        }
        body.setLength(0);
        title = line;
        chrome = CHROME_HEADERS.contains(line);
        continue;
      }
      body.append(line).append('\n');
    }
    if (!chrome && body.length() >= MIN_BODY) {
      docs.add(new TextDocument(titleOf(title, body, fallbackTitle), body.toString().strip()));
    }
    return docs;
  }

  private static boolean isTitle(String line, boolean first) {
    if (line.length() > MAX_TITLE || ORDINAL.matcher(line).matches()) {
      return false;
    }
    if (line.endsWith("。") || line.endsWith("；") || line.endsWith("》")) {
      return false;
    }
    if (GENERIC_HEADERS.contains(line) || CHROME_HEADERS.contains(line)) {
      return true;
    }
    return (first && line.length() >= 4) || DOC_TITLE.matcher(line).matches();
  }

  private static String titleOf(String title, CharSequence body, String fallback) {
    if (title != null && !GENERIC_HEADERS.contains(title)) {
      return title;
    }
    // Fall back to the body's first clause, e.g. "安全信用修复流程专题报告".
    String start = body.toString().strip();
    int cut = start.length();
    for (char stop : new char[] {'，', '。', ':', '：', ',', '!', '！', '\n', ' '}) {
      int i = start.indexOf(stop);
      if (i > 3 && i < cut) {
        cut = i;
      }
    }
    String clause = start.substring(0, Math.min(cut, 30));
    return clause.length() >= 4 ? clause : fallback;
  }
}
