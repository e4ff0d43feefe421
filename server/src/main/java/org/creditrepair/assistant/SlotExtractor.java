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
      Boolean fulfilled,
      List<DatedFact> datedFacts,
      java.math.BigDecimal amount,
      Boolean answer,
      String region,
      String authority) {
    public Slots {
      sanctions = Set.copyOf(sanctions);
      dates = List.copyOf(dates);
      datedFacts = List.copyOf(datedFacts);
    }
  }

  /** What a date in a message is about, judged from the words next to it. */
  public enum DateKind {
    DECISION,
    LISTED,
    FULFILLED,
    UNSPECIFIED
  }

  /** A date and what it is about. */
  public record DatedFact(LocalDate date, DateKind kind) {}

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
    List<DatedFact> facts = datedFacts(text);
    return new Slots(
        uscc,
        uscc == null ? invalid : null,
        recordType(text),
        sanctions(text),
        facts.stream().map(DatedFact::date).toList(),
        fulfilled(text),
        facts,
        amount(text),
        answer(text),
        region(text),
        authority(text));
  }

  /** Words naming the deciding authority, and the authority as the rules engine reads it. */
  private static final List<java.util.Map.Entry<String, String>> AUTHORITIES =
      List.of(
          java.util.Map.entry("市场监管", "市场监督管理部门"),
          java.util.Map.entry("市场监督", "市场监督管理部门"),
          java.util.Map.entry("市监", "市场监督管理部门"),
          java.util.Map.entry("工商", "市场监督管理部门"),
          java.util.Map.entry("药监", "药品监督管理部门"),
          java.util.Map.entry("药品监督", "药品监督管理部门"),
          java.util.Map.entry("税务", "税务部门"),
          java.util.Map.entry("环保", "生态环境部门"),
          java.util.Map.entry("生态环境", "生态环境部门"),
          java.util.Map.entry("应急管理", "应急管理部门"),
          java.util.Map.entry("安监", "应急管理部门"),
          java.util.Map.entry("消防", "消防救援机构"),
          java.util.Map.entry("城管", "城市管理部门"),
          java.util.Map.entry("交通", "交通运输部门"),
          java.util.Map.entry("住建", "住房和城乡建设部门"),
          java.util.Map.entry("人社", "人力资源和社会保障部门"),
          java.util.Map.entry("海关", "海关"));

  private static String authority(String t) {
    for (var e : AUTHORITIES) {
      if (t.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Places with regional rules or guides, longest first so 杭州 wins over 浙江 inside 浙江杭州. */
  private static final List<String> REGIONS =
      List.of(
          "杭州", "丹东", "深圳", "台州", "宁波", "温州", "青岛", "济南", "郑州", "广州", "上海", "北京", "天津", "重庆", "浙江",
          "河南", "山东", "广东", "江苏", "辽宁", "四川", "湖北", "湖南", "福建", "安徽", "河北");

  private static String region(String t) {
    for (String r : REGIONS) {
      if (t.contains(r)) {
        return r;
      }
    }
    return null;
  }

  private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(?:元|块)");

  private static java.math.BigDecimal amount(String t) {
    Matcher m = AMOUNT.matcher(t);
    if (!m.find()) {
      return null;
    }
    java.math.BigDecimal v = new java.math.BigDecimal(m.group(1));
    return m.group(2) != null ? v.multiply(java.math.BigDecimal.valueOf(10_000)) : v;
  }

  /** A bare yes or no (是的 / 没有), for a yes-or-no question. */
  private static Boolean answer(String t) {
    String s = t.replaceAll("[。！!，,.～~]", "");
    if (s.matches("(是|是的|对|对的|嗯|已经|已经好了|好了|完成了|都弄好了|办好了|有|弄完了|yes|y)")) {
      return true;
    }
    if (s.matches("(否|不是|没有|还没有|还没|没|没呢|还没呢|未|no|n)")) {
      return false;
    }
    return null;
  }

  private static final List<String> DECISION_WORDS = List.of("决定", "处罚", "罚款", "下达", "被罚", "罚的");
  private static final List<String> LISTED_WORDS =
      List.of("列入", "列异常", "被列", "认定", "评为", "评定", "移入", "纳入");
  private static final List<String> FULFILLED_WORDS =
      List.of(
          "缴清", "缴纳", "交清", "缴的", "交的", "交了", "缴了", "已缴", "补缴", "还清", "付清", "履行", "补报", "整改", "纠正");

  private static List<DatedFact> datedFacts(String t) {
    List<DatedFact> out = new ArrayList<>();
    Matcher m = DATE.matcher(t);
    int previousEnd = 0;
    while (m.find()) {
      LocalDate d;
      try {
        d =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
      } catch (DateTimeException notADate) {
        continue; // 2026年2月30日: not a date, ignored
      }
      String after = clause(t.substring(m.end(), Math.min(t.length(), m.end() + 6)), false);
      String before = clause(t.substring(Math.max(previousEnd, m.start() - 8), m.start()), true);
      previousEnd = m.end();
      DateKind kind = kind(after, true);
      out.add(new DatedFact(d, kind != DateKind.UNSPECIFIED ? kind : kind(before, false)));
    }
    return out;
  }

  /** The part of a window on the date's side of a comma or full stop. */
  private static String clause(String window, boolean before) {
    int cut = -1;
    for (char c : new char[] {'，', ',', '。', '；', ';'}) {
      int i = before ? window.lastIndexOf(c) : window.indexOf(c);
      if (i >= 0) {
        cut = before ? Math.max(cut, i) : (cut < 0 ? i : Math.min(cut, i));
      }
    }
    if (cut < 0) {
      return window;
    }
    return before ? window.substring(cut + 1) : window.substring(0, cut);
  }

  private static DateKind kind(String window, boolean after) {
    int best = after ? Integer.MAX_VALUE : -1;
    DateKind kind = DateKind.UNSPECIFIED;
    for (var e :
        List.of(
            java.util.Map.entry(DateKind.FULFILLED, FULFILLED_WORDS),
            java.util.Map.entry(DateKind.LISTED, LISTED_WORDS),
            java.util.Map.entry(DateKind.DECISION, DECISION_WORDS))) {
      for (String w : e.getValue()) {
        int i = after ? window.indexOf(w) : window.lastIndexOf(w);
        if (i >= 0 && (after ? i < best : i > best)) {
          best = i;
          kind = e.getKey();
        }
      }
    }
    return kind;
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
    if (t.contains("罚款") || t.contains("被罚") || t.replace("处罚了", "").contains("罚了")) {
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

  private static Boolean fulfilled(String t) {
    for (String no : List.of("还没交", "没交", "未缴", "没缴", "还没缴", "没有缴", "未履行", "没整改")) {
      if (t.contains(no)) {
        return false;
      }
    }
    for (String yes :
        List.of(
            "已缴", "已经交", "交了", "缴清", "交清", "补缴", "还清", "付清", "缴完", "交完", "已交", "已履行", "履行完", "整改完",
            "补报了", "已补报", "搬回", "变更了住所", "已变更", "已经改正", "纠正了")) {
      if (t.contains(yes)) {
        return true;
      }
    }
    return null;
  }
}
