package org.creditrepair.knowledge.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.knowledge.DocumentMeta;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.RegistryEntry;
import org.creditrepair.knowledge.Source;
import org.creditrepair.knowledge.pdf.PdfTextReader;

/**
 * 语料读取：collects the files to index (our bundled guides and FAQ, and every official text in the
 * configured corpus directories) and parses them into documents with metadata: Markdown with YAML
 * front matter, plain text (possibly several documents per file), and PDF (sniffed by content, not
 * by name). README.md and INDEX.md files describe a corpus and are not indexed.
 */
public final class CorpusReader {
  private static final Logger LOG = Logger.getLogger(CorpusReader.class.getName());
  private static final Set<String> SKIPPED = Set.of("readme.md", "index.md");

  private final DocumentRegistry registry;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final PlainTextSplitter splitter = new PlainTextSplitter();
  private final PdfTextReader pdf = new PdfTextReader();

  public CorpusReader(DocumentRegistry registry) {
    this.registry = registry;
  }

  /** The bundled guides and FAQ, then the corpus files in a stable order. */
  public List<SourceFile> collect(KnowledgeBundle bundle, List<Path> corpusDirs)
      throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (String folder : List.of("guides", "faq")) {
      for (BundledResource r : bundle.list(folder, ".md")) {
        files.add(new SourceFile("kb:" + r.path(), null, r.bytes(), true));
      }
    }
    for (Path dir : corpusDirs) {
      if (!Files.isDirectory(dir)) {
        throw new IOException("corpus directory not found: " + dir);
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p :
            walk.filter(Files::isRegularFile)
                .sorted(Comparator.comparing(Path::toString))
                .toList()) {
          String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
          if (SKIPPED.contains(name)
              || !(name.endsWith(".md")
                  || name.endsWith(".markdown")
                  || name.endsWith(".txt")
                  || name.endsWith(".pdf"))) {
            continue;
          }
          files.add(new SourceFile("corpus:" + dir.relativize(p), p, Files.readAllBytes(p), false));
        }
      }
    }
    return files;
  }

  /** Parses one file into zero or more documents; unreadable files are logged and skipped. */
  public List<ParsedDocument> parse(SourceFile file) {
    try {
      if (isPdf(file.bytes())) {
        return parsePdf(file);
      }
      String text = normalizer.normalize(decode(file.bytes()));
      if (file.guide()) {
        return List.of(parseGuide(file, text));
      }
      if (file.lowerName().endsWith(".txt")) {
        return parseText(file, text);
      }
      return List.of(parseOfficialMarkdown(file, text));
    } catch (IOException | RuntimeException e) {
      LOG.warning("skipped " + file.origin() + ": " + e.getMessage());
      return List.of();
    }
  }

  private ParsedDocument parseGuide(SourceFile file, String text) {
    FrontMatter fm = FrontMatter.parse(text);
    String id = fm.text("id");
    String title = fm.text("title");
    if (id.isEmpty() || title.isEmpty()) {
      throw new IllegalArgumentException("guide without id/title front matter");
    }
    DocumentMeta meta =
        new DocumentMeta(
            id,
            title,
            "信用修复助手（本项目编写）",
            "",
            "指南",
            fm.text("region"),
            date(fm.text("effectiveFrom")),
            date(fm.text("effectiveTo")),
            Source.GUIDE,
            file.origin());
    return new ParsedDocument(meta, fm.body(), ParsedDocument.Layout.GUIDE_SECTIONS);
  }

  private ParsedDocument parseOfficialMarkdown(SourceFile file, String text) {
    FrontMatter fm = FrontMatter.parse(text);
    String title = fm.text("title");
    if (title.isEmpty()) {
      title = firstHeading(fm.body(), file.origin());
    }
    LocalDate from = date(fm.text("date_effective"));
    if (from == null) {
      from = date(fm.text("date_issued"));
    }
    LocalDate to = date(fm.text("date_repealed"));
    DocumentMeta meta =
        official(
            title,
            fm.text("issuing_authority"),
            fm.text("document_number"),
            fm.text("level"),
            fm.text("region"),
            from,
            to,
            file.origin());
    return new ParsedDocument(meta, fm.body(), ParsedDocument.Layout.OFFICIAL);
  }

  private List<ParsedDocument> parseText(SourceFile file, String text) {
    List<ParsedDocument> docs = new ArrayList<>();
    for (PlainTextSplitter.TextDocument d : splitter.split(text, fallbackTitle(file))) {
      DocumentMeta meta = official(d.title(), "", "", "", "", null, null, file.origin());
      docs.add(new ParsedDocument(meta, d.body(), ParsedDocument.Layout.OFFICIAL));
    }
    return docs;
  }

  private List<ParsedDocument> parsePdf(SourceFile file) throws IOException {
    if (file.path() == null) {
      throw new IOException("PDF without a path");
    }
    PdfTextReader.PdfText read = pdf.read(file.path());
    String text = normalizer.normalize(read.text());
    String title = read.title().isEmpty() ? firstLine(text, fallbackTitle(file)) : read.title();
    DocumentMeta meta = official(title, "", "", "", "", null, null, file.origin());
    return List.of(new ParsedDocument(meta, text, ParsedDocument.Layout.OFFICIAL));
  }

  /**
   * Metadata for an official text: the registry entry where one matches, else what the file says.
   */
  private DocumentMeta official(
      String title,
      String issuer,
      String number,
      String level,
      String region,
      LocalDate from,
      LocalDate to,
      String origin) {
    RegistryEntry e = registry.match(title, from).orElse(null);
    if (e == null) {
      String r = region.isEmpty() ? registry.regionOfTitle(title) : region;
      return new DocumentMeta(
          DocumentRegistry.derivedId(title),
          title,
          issuer,
          number,
          level,
          r,
          from,
          to,
          Source.OFFICIAL,
          origin);
    }
    return new DocumentMeta(
        e.id(),
        e.title(),
        e.issuer().isEmpty() ? issuer : e.issuer(),
        e.documentNumber().isEmpty() ? number : e.documentNumber(),
        e.level().isEmpty() ? level : e.level(),
        e.region(),
        e.effectiveFrom() != null ? e.effectiveFrom() : from,
        e.effectiveTo() != null ? e.effectiveTo() : to,
        Source.OFFICIAL,
        origin);
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == '%'
        && bytes[1] == 'P'
        && bytes[2] == 'D'
        && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  /** UTF-8, falling back to GB18030 for files saved by Chinese Windows tools. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }

  private static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstHeading(String body, String fallback) {
    for (String line : body.split("\n")) {
      if (line.startsWith("# ")) {
        return line.substring(2).strip();
      }
    }
    return firstLine(body, fallback);
  }

  private static String firstLine(String text, String fallback) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        return l.length() > 60 ? l.substring(0, 60) : l;
      }
    }
    return fallback;
  }

  private static String fallbackTitle(SourceFile file) {
    String name = file.origin().substring(file.origin().lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
