package org.creditrepair.reminder;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.creditrepair.kb.KnowledgeBundle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 年报窗口：the annual-report period (企业信息公示暂行条例 第八条) and the consequence of missing it (第十八条), read
 * from {@code knowledge-base/reminders/annual-report.yaml} with their sources, and the days the
 * product reminds on.
 *
 * @param doc registry id of the law the window rests on
 * @param windowArticle the article setting the window
 * @param consequenceArticle the article setting the consequence
 * @param verified true only when both rest on the official text in the corpus
 */
public record AnnualReportWindow(
    MonthDay from,
    MonthDay to,
    String doc,
    String windowArticle,
    String consequenceArticle,
    String consequence,
    boolean verified,
    List<MonthDay> remindOn) {
  static final String FILE = "reminders/annual-report.yaml";

  public AnnualReportWindow {
    remindOn = List.copyOf(remindOn);
  }

  /** The window of the bundle. */
  @SuppressWarnings("unchecked")
  public static AnnualReportWindow load(KnowledgeBundle bundle) {
    String text =
        bundle.get(FILE).orElseThrow(() -> new IllegalStateException("知识库缺少 " + FILE)).text();
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    Map<String, Object> w = (Map<String, Object>) root.get("window");
    Map<String, Object> c = (Map<String, Object>) root.get("consequence");
    Map<String, Object> ws = (Map<String, Object>) w.get("source");
    Map<String, Object> cs = (Map<String, Object>) c.get("source");
    if (!ws.get("doc").equals(cs.get("doc"))) {
      throw new IllegalStateException(FILE + "：报送期与后果应出自同一文件");
    }
    return new AnnualReportWindow(
        day(w.get("from")),
        day(w.get("to")),
        ws.get("doc").toString(),
        ws.get("article").toString(),
        cs.get("article").toString(),
        c.get("message").toString(),
        Boolean.TRUE.equals(w.get("verified")) && Boolean.TRUE.equals(c.get("verified")),
        ((List<Object>) root.get("remindOn")).stream().map(AnnualReportWindow::day).toList());
  }

  /** The last day of the window in {@code year}. */
  public LocalDate lastDay(int year) {
    return to.atYear(year);
  }

  private static MonthDay day(Object o) {
    return MonthDay.parse("--" + o);
  }
}
