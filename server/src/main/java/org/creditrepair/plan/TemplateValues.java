package org.creditrepair.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;

/**
 * 文书填充值：the placeholder values a template gets from the enterprise, its records and the plan — one
 * line per record, per payment and per attachment — merged under the applicant's own answers (事情经过,
 * 整改措施, 联系人 …), which win.
 */
public final class TemplateValues {
  private TemplateValues() {}

  /**
   * @param plan the plan for the same records (authority and attachments come from it), or null
   * @param given the applicant's values; they override generated ones
   */
  public static Map<String, String> of(
      Enterprise e,
      List<CreditRecord> records,
      RepairPlan plan,
      LocalDate date,
      Map<String, String> given) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("enterprise.name", e.name());
    v.put("enterprise.uscc", e.uscc());
    put(v, "enterprise.legalRepresentative", e.legalRepresentative());
    v.put("date", chineseDate(date));
    v.put("records", lines(records.stream().map(TemplateValues::recordLine).toList()));
    List<String> payments =
        records.stream().filter(r -> r.fineAmount() != null).map(TemplateValues::payment).toList();
    put(v, "fulfilments", lines(payments));
    BigDecimal total =
        records.stream()
            .map(CreditRecord::fineAmount)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!payments.isEmpty()) {
      v.put("fulfilments.total", total.stripTrailingZeros().toPlainString());
    }
    if (plan != null) {
      put(v, "authority", authorities(plan));
      put(
          v,
          "attachments",
          lines(
              plan.checklist().stream()
                  .filter(i -> i.template() == null)
                  .map(ChecklistItem::name)
                  .toList()));
    }
    given.forEach((k, val) -> put(v, k, val));
    return v;
  }

  private static String authorities(RepairPlan plan) {
    Set<String> out = new LinkedHashSet<>();
    plan.steps().stream()
        .filter(s -> s.kind().equals("APPLY") || s.kind().equals("LEAVE_ABNORMAL_LIST"))
        .map(PlanStep::authority)
        .filter(a -> a != null && !a.isBlank())
        .forEach(out::add);
    return String.join("、", out);
  }

  private static String recordLine(CreditRecord r) {
    List<String> parts = new ArrayList<>();
    parts.add(typeName(r.type()));
    if (r.decisionNo() != null) {
      parts.add("文号：" + r.decisionNo());
    }
    if (r.authority() != null) {
      parts.add("认定部门：" + r.authority());
    }
    LocalDate d = r.decisionDate() != null ? r.decisionDate() : r.listedDate();
    if (d != null) {
      parts.add((r.type() == RecordType.ADMIN_PENALTY ? "决定日期：" : "列入日期：") + chineseDate(d));
    }
    String content = content(r);
    if (!content.isEmpty()) {
      parts.add("处理内容：" + content);
    }
    return String.join("；", parts);
  }

  private static String content(CreditRecord r) {
    List<String> parts =
        r.sanctions().stream()
            .filter(s -> s != Sanction.FINE && s != Sanction.LOW_FINE)
            .map(TemplateValues::sanctionName)
            .collect(Collectors.toCollection(ArrayList::new));
    if (r.fineAmount() != null) {
      parts.add(0, "罚款" + r.fineAmount().stripTrailingZeros().toPlainString() + "元");
    }
    if (r.reason() != null) {
      parts.add(r.reason());
    }
    return String.join("，", parts);
  }

  private static String payment(CreditRecord r) {
    String when =
        r.fulfilledDate() != null ? "已于" + chineseDate(r.fulfilledDate()) + "缴纳" : "缴纳日期：＿＿＿＿";
    return (r.decisionNo() == null ? "记录 " + r.id() : r.decisionNo())
        + "：罚款 "
        + r.fineAmount().stripTrailingZeros().toPlainString()
        + " 元，"
        + when
        + "；缴款方式及凭证号：＿＿＿＿";
  }

  /** 记录类型的中文名. */
  public static String typeName(RecordType t) {
    return switch (t) {
      case ADMIN_PENALTY -> "行政处罚";
      case ABNORMAL_OPERATION -> "经营异常名录";
      case SERIOUS_ILLEGAL_DISHONEST -> "严重违法失信名单";
      case SERIOUS_DISHONEST_ENTITY -> "严重失信主体名单";
      case TAX_MAJOR_VIOLATION -> "重大税收违法失信主体";
      case TAX_CREDIT_D -> "纳税信用D级";
      case COURT_DEFAULTER -> "失信被执行人";
      case CREDIT_REPORT -> "征信不良记录";
    };
  }

  private static String sanctionName(Sanction s) {
    return switch (s) {
      case WARNING -> "警告";
      case CIRCULATED_CRITICISM -> "通报批评";
      case FINE, LOW_FINE -> "罚款";
      case CONFISCATION -> "没收违法所得、没收非法财物";
      case SUSPENSION -> "责令停产停业";
      case RESTRICT_BUSINESS -> "限制开展生产经营活动";
      case RESTRICT_EMPLOYMENT -> "限制从业";
      case QUALIFICATION_DOWNGRADE -> "降低资质等级";
      case LICENSE_REVOKED -> "吊销许可证件";
      case BUSINESS_LICENSE_REVOKED -> "吊销营业执照";
    };
  }

  /** 2026年3月5日. */
  public static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String lines(List<String> items) {
    return items.isEmpty()
        ? null
        : items.stream().map(s -> "- " + s).collect(Collectors.joining("\n"));
  }

  private static void put(Map<String, String> v, String key, String value) {
    if (value != null && !value.isBlank()) {
      v.put(key, value);
    }
  }
}
