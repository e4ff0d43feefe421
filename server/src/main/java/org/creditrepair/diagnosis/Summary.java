package org.creditrepair.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** 诊断摘要：one Chinese paragraph summing up the findings. */
final class Summary {
  private Summary() {}

  static String of(List<Finding> findings) {
    long records = findings.stream().map(Finding::recordId).distinct().count();
    StringBuilder sb = new StringBuilder("共" + records + "条记录、" + findings.size() + "项结论：");
    append(sb, findings, FindingStatus.REPAIRABLE_NOW, "现在可申请修复");
    long notYet = count(findings, FindingStatus.NOT_YET);
    if (notYet > 0) {
      LocalDate first =
          findings.stream()
              .map(Finding::earliestDate)
              .filter(Objects::nonNull)
              .min(LocalDate::compareTo)
              .orElse(null);
      sb.append(notYet)
          .append("项暂不能申请")
          .append(first == null ? "" : "（最早" + first + "）")
          .append("；");
    }
    append(sb, findings, FindingStatus.AUTO_EXPIRES, "不能提前结束、到期自动停止公示");
    append(sb, findings, FindingStatus.NOT_REPAIRABLE, "依规不能修复");
    append(sb, findings, FindingStatus.NOT_APPLICABLE, "不属于信用修复事项、需走其他途径");
    if (findings.stream()
        .anyMatch(f -> f.blockers().stream().anyMatch(b -> b.code().equals("ON_ABNORMAL_LIST")))) {
      sb.append("须先移出经营异常名录，才能申请提前停止公示行政处罚信息；");
    }
    long unverified = findings.stream().filter(f -> !f.unverifiedRules().isEmpty()).count();
    if (unverified > 0) {
      sb.append(unverified).append("项结论部分依据未核实原文的规定，以认定部门最新规定为准；");
    }
    sb.append("信用修复不收取任何费用。");
    return sb.toString();
  }

  private static void append(StringBuilder sb, List<Finding> f, FindingStatus s, String text) {
    long n = count(f, s);
    if (n > 0) {
      sb.append(n).append("项").append(text).append("；");
    }
  }

  private static long count(List<Finding> f, FindingStatus s) {
    return f.stream().filter(x -> x.status() == s).count();
  }
}
