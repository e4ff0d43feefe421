package org.creditrepair.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 测试语料：a few invented official texts the tests write themselves (Markdown with YAML front matter,
 * like the shared corpus), one national and one regional.
 */
public final class TestCorpus {
  private TestCorpus() {}

  /** Writes the texts into {@code dir} and returns it. */
  public static Path write(Path dir) throws java.io.IOException {
    Files.createDirectories(dir);
    doc(
        dir.resolve("01_网关测试信用修复办法.md"),
        "网关测试信用修复办法",
        "网关测试总局",
        "网关测试总局令第1号",
        "部门规章",
        """
        第一条 为了规范失信信息信用修复工作，引导失信主体纠正失信行为，制定本办法。

        第二条 当事人履行行政处罚决定规定的义务，且公示期满六个月的，可以申请提前停止公示。

        第三条 申请信用修复应当提交信用修复申请书、守信承诺书以及已经履行义务的证明材料。

        第四条 认定部门应当自收到申请之日起十五个工作日内作出是否予以修复的决定。
        """);
    doc(
        dir.resolve("02_上海市网关测试信用条例.md"),
        "上海市网关测试信用条例",
        "上海市网关测试委员会",
        "",
        "地方性法规",
        """
        第一条 为了推进本市社会信用体系建设，制定本条例。

        第二条 信息主体认为公共信用信息存在错误的，可以向市公共信用信息服务中心提出异议申请。

        第三条 异议信息在核查期间应当予以标注。
        """);
    return dir;
  }

  private static void doc(
      Path file, String title, String issuer, String number, String level, String body)
      throws java.io.IOException {
    String text =
        "---\n"
            + "title: \""
            + title
            + "\"\nlevel: \""
            + level
            + "\"\nissuing_authority: \""
            + issuer
            + "\"\ndocument_number: \""
            + number
            + "\"\ndate_effective: \"2021-01-01\"\n---\n\n# "
            + title
            + "\n\n"
            + body;
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
