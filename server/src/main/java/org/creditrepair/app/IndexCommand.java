package org.creditrepair.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import org.creditrepair.knowledge.IndexStats;
import org.creditrepair.knowledge.KnowledgeModule;

/** 建索引命令：opens (building when needed) the index and prints its statistics. */
final class IndexCommand {
  private final Clock clock;
  private final PrintStream out;
  private final PrintStream err;

  IndexCommand(Clock clock, PrintStream out, PrintStream err) {
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  /** Runs it; returns the process exit code. */
  int run(ServerConfig config, boolean console) {
    ProgressPrinter progress = console ? ProgressPrinter.bar(err) : ProgressPrinter.lines(err);
    try (KnowledgeModule module =
        KnowledgeModule.open(Application.settings(config), clock, progress)) {
      progress.finish();
      print(module.stats());
      return Main.EXIT_OK;
    } catch (Exception e) {
      progress.finish();
      err.println("建索引失败：" + e);
      return Main.EXIT_FAILURE;
    }
  }

  private void print(IndexStats s) {
    out.println("索引统计 (index statistics)");
    line("文档 documents", String.valueOf(s.documents()));
    line("官方文本 official docs", String.valueOf(s.officialDocuments()));
    line("指南 guide docs", String.valueOf(s.guideDocuments()));
    line("分块 chunks", String.valueOf(s.chunks()));
    line("内容哈希 content hash", s.contentHash());
    line("本次重建 rebuilt", s.rebuilt() ? "是 yes" : "否 no");
    line("建索引耗时 build ms", String.valueOf(s.buildMillis()));
    line("建成时间 built at", String.valueOf(s.builtAt()));
    out.flush();
  }

  private void line(String label, String value) {
    out.println(String.format(Locale.ROOT, "  %-24s %s", label + ":", value));
  }
}
