package org.creditrepair.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * 测试语料：a small corpus of invented official texts that tests write themselves (Markdown with front
 * matter, as the shared corpus uses), covering national and regional texts, a text not yet in force
 * and a repealed one.
 */
public final class FixtureCorpus {
  private FixtureCorpus() {}

  /** Writes the fixture texts into {@code dir} and returns it. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    doc(
        dir,
        "a.md",
        "企业信用修复测试办法",
        "2020-01-01",
        "",
        """
        ## 第一章 总则

        第一条 为了引导失信企业纠正失信行为，制定本办法。

        第二条 企业履行行政处罚决定规定的义务后，可以向作出决定的部门申请信用修复。

        ## 第二章 程序

        第三条 申请信用修复应当提交信用修复申请表、信用承诺书和履行义务的证明材料。

        第四条 认定部门应当自受理之日起十个工作日内作出决定。
        """);
    doc(
        dir,
        "b.md",
        "浙江省信用测试条例",
        "2019-01-01",
        "",
        """
        第一条 为了规范本省公共信用信息管理，制定本条例。

        第二条 信息主体认为公共信用信息有错误的，可以向省信用平台提出异议。

        第三条 平台应当在五个工作日内核查异议并答复。
        """);
    doc(
        dir,
        "c.md",
        "上海市信用测试条例",
        "2018-01-01",
        "",
        """
        第一条 为了推进本市社会信用体系建设，制定本条例。

        第二条 信息主体对公共信用信息有异议的，可以向市信用平台申请核查。

        第三条 异议信息核查期间应当予以标注。
        """);
    doc(
        dir,
        "d.md",
        "未来信用测试办法",
        "2030-01-01",
        "",
        """
        第一条 本办法规定未来的信用修复程序。

        第二条 信用修复申请一律网上办理。

        第三条 本办法自2030年1月1日起施行。
        """);
    doc(
        dir,
        "e.md",
        "旧版信用测试办法",
        "2010-01-01",
        "2015-12-31",
        """
        第一条 本办法规定旧的信用修复程序。

        第二条 企业申请信用修复，应当到窗口办理并提交纸质材料。

        第三条 本办法自2010年1月1日起施行。
        """);
    return dir;
  }

  private static void doc(Path dir, String name, String title, String from, String to, String body)
      throws IOException {
    String fm =
        "---\ntitle: \""
            + title
            + "\"\nlevel: \"测试\"\nissuing_authority: \"测试机关\"\n"
            + "document_number: \"\"\ndate_effective: \""
            + from
            + "\"\n"
            + (to.isEmpty() ? "" : "date_repealed: \"" + to + "\"\n")
            + "---\n\n# "
            + title
            + "\n\n";
    Files.writeString(dir.resolve(name), fm + body, StandardCharsets.UTF_8);
  }
}
