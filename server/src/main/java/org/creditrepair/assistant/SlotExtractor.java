package org.creditrepair.assistant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 槽位提取：what a colloquial message says about a record — 统一社会信用代码 (only with a valid check
 * character), record type, sanctions, dates and whether the obligations are fulfilled — so the
 * assistant asks only for what is still missing.
 */
public final class SlotExtractor {
  private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
  private static final Pattern DATE =
      Pattern.compile(
          "(20\\d{2}|19\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");

  private SlotExtractor() {}

  /**
   * What one message says.
   *
   * @param uscc a valid 统一社会信用代码, or null
   * @param invalidUscc an 18-character code whose check character is wrong, or null
   * @param fulfilled true/false when the message says so, else null
   */
  public record Slots(
      String uscc,
      String invalidUscc,
      RecordType recordType,
      Set<Sanction> sanctions,
      List<LocalDate> dates,
      Boolean fulfilled) {
    public Slots {
      sanctions = Set.copyOf(sanctions);
      dates = List.copyOf(dates);
    }
  }

  public static Slots extract(String message) {
    String text = IntentRecognizer.normalize(message).toUpperCase(java.util.Locale.ROOT);
    String uscc = null;
    String invalid = null;
    Matcher m = USCC.matcher(text);
    while (m.find()) {
      if (Uscc.isValid(m.group())) {
        uscc = m.group();
        break;
      }
      invalid = m.group();
    }
    return new Slots(
        uscc,
        uscc == null ? invalid : null,
        recordType(text),
        sanctions(text),
        dates(text),
        fulfilled(text));
  }

  private static RecordType recordType(String t) {
    if (t.contains("经营异常") || t.contains("异常名录") || t.contains("没报年报") || t.contains("未年报")) {
      return RecordType.ABNORMAL_OPERATION;
    }
    if (t.contains("严重违法失信")) {
      return RecordType.SERIOUS_ILLEGAL_DISHONEST;
    }
    if (t.contains("失信被执行人") || t.contains("老赖") || t.contains("法院")) {
      return RecordType.COURT_DEFAULTER;
    }
    if (t.contains("征信") || t.contains("信用报告") && t.contains("银行")) {
      return RecordType.CREDIT_REPORT;
    }
    if (t.contains("D级") || t.contains("纳税信用")) {
      return RecordType.TAX_CREDIT_D;
    }
    if (t.contains("严重失信")) {
      return RecordType.SERIOUS_DISHONEST_ENTITY;
    }
    if (t.contains("罚款") || t.contains("处罚") || t.contains("被罚") || t.contains("警告")) {
      return RecordType.ADMIN_PENALTY;
    }
    return null;
  }

  private static Set<Sanction> sanctions(String t) {
    Set<Sanction> out = EnumSet.noneOf(Sanction.class);
    if (t.contains("罚款") || t.contains("被罚") || t.contains("罚了")) {
      out.add(Sanction.FINE);
    }
    if (t.contains("警告")) {
      out.add(Sanction.WARNING);
    }
    if (t.contains("通报批评")) {
      out.add(Sanction.CIRCULATED_CRITICISM);
    }
    if (t.contains("没收")) {
      out.add(Sanction.CONFISCATION);
    }
    if (t.contains("停产停业")) {
      out.add(Sanction.SUSPENSION);
    }
    if (t.contains("吊销营业执照")) {
      out.add(Sanction.BUSINESS_LICENSE_REVOKED);
    } else if (t.contains("吊销")) {
      out.add(Sanction.LICENSE_REVOKED);
    }
    return out;
  }

  private static List<LocalDate> dates(String t) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = DATE.matcher(t);
    while (m.find()) {
      try {
        out.add(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      } catch (DateTimeException notADate) {
        // 2026年2月30日: not a date, ignored
      }
    }
    return out;
  }

  private static Boolean fulfilled(String t) {
    for (String no : List.of("还没交", "没交", "未缴", "没缴", "还没缴", "没有缴", "未履行", "没整改")) {
      if (t.contains(no)) {
        return false;
      }
    }
    for (String yes : List.of("已缴", "已经交", "交了", "缴清", "已交", "已履行", "整改完", "补报了", "已补报")) {
      if (t.contains(yes)) {
        return true;
      }
    }
    return null;
  }
}
