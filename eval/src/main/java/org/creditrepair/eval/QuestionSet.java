package org.creditrepair.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.creditrepair.knowledge.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** 评测集：loads the labelled questions from {@code eval/questions/questions-*.yaml}. */
public final class QuestionSet {
  private QuestionSet() {}

  /** All questions of all files in the folder, ids unique. */
  public static List<Question> load(Path folder) throws IOException {
    List<Question> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().matches("questions-.*\\.yaml"))
              .sorted()
              .toList()) {
        out.addAll(parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString()));
      }
    }
    Set<String> ids = new HashSet<>();
    for (Question q : out) {
      if (!ids.add(q.id())) {
        throw new IllegalStateException("duplicate question id " + q.id());
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Question> parse(String yaml, String origin) {
    // questions-official*.yaml are answered from official texts, questions-guides*.yaml from ours.
    Set<Source> sources =
        origin.startsWith("questions-official")
            ? Set.of(Source.OFFICIAL)
            : origin.startsWith("questions-guides") ? Set.of(Source.GUIDE) : Set.of();
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (!(root instanceof List<?> list)) {
      throw new IllegalStateException(origin + ": expected a list of questions");
    }
    List<Question> out = new ArrayList<>();
    for (Object o : list) {
      Map<String, Object> m = (Map<String, Object>) o;
      List<Question.Label> labels = new ArrayList<>();
      for (Object r : (List<Object>) m.get("relevant")) {
        Map<String, Object> rm = (Map<String, Object>) r;
        Object article = rm.get("article");
        labels.add(
            new Question.Label(
                rm.get("doc").toString(), article == null ? null : article.toString()));
      }
      Object asOf = m.get("asOf");
      LocalDate date = null;
      if (asOf instanceof java.util.Date d) {
        date = d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      } else if (asOf != null) {
        date = LocalDate.parse(asOf.toString());
      }
      Object region = m.get("region");
      out.add(
          new Question(
              m.get("id").toString(),
              m.get("question").toString(),
              labels,
              date,
              region == null ? null : region.toString(),
              sources));
    }
    return out;
  }
}
