package org.creditrepair.precheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 字段提取：reads 统一社会信用代码 (with its check character), company name, 文号, amounts (Arabic and capital
 * numerals), dates (Arabic and Chinese forms), legal representative, agent, signature lines and
 * page markers from the text of a document.
 */
public final class FieldExtractor {
  private static final String NAME = "[\\u4e00-\\u9fa5·]{2,4}";
  private static final Pattern USCC =
      Pattern.compile(
          "(?:统一社会信用代码|社会信用代码|信用代码|纳税人识别号)[^0-9A-Za-z\\n]{0,16}([0-9A-Za-z]{18})(?![0-9A-Za-z])");
  private static final Pattern COMPANY_LABELLED =
      Pattern.compile(
          "(?:企业名称|单位名称|名称|当事人|申请人|申请单位|承诺单位|承诺人|付款人(?:名称|户名)?|缴款人(?:名称)?|缴款单位|委托单位|委托人|兹证明)[:：]?"
              + "([\\u4e00-\\u9fa5（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|厂|合作社|商行|经营部|店))");
  private static final Pattern COMPANY_ANY =
      Pattern.compile("([\\u4e00-\\u9fa5（）()]{2,30}?(?:有限责任公司|股份有限公司|有限公司))");
  private static final Pattern DECISION_NO =
      Pattern.compile(
          "([\\u4e00-\\u9fa5]{1,16})[〔\\[［【(（〈《]((?:19|20)\\d{2})[〕\\]］】)）〉》]\\s*(\\d{1,6})号");
  private static final Pattern ARABIC_AMOUNT =
      Pattern.compile(
          "(?:(?:人民币|[￥¥])\\s*)?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?)\\s*(元|万元)"
              + "|[￥¥]\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?)");
  private static final Pattern CAPITAL_AMOUNT =
      Pattern.compile(
          "(["
              + ChineseAmounts.INTEGER_CHARS
              + "]+)[元圆](?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?整?");
  private static final Pattern LEGAL_REP =
      Pattern.compile("法定代表人(?:姓名)?[:：](" + NAME + ")(?=$|\\n|[，,。；;（(：:]|身份|职务|性别)");
  private static final Pattern LEGAL_REP_CERT =
      Pattern.compile("兹证明(" + NAME + ")(?:同志|先生|女士)?[（(，,]");
  private static final Pattern AGENT =
      Pattern.compile(
          "(?:受托人|委托代理人|被委托人|代理人)(?:姓名)?[:：](" + NAME + ")(?=$|\\n|[，,。；;（(]|身份|职务|性别)");
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "([\\u4e00-\\u9fa5]{0,8}?)[（(]?(?:签字|签名|签章)[^）)\\n:：]{0,6}[）)]?[:：]([^\\n]*)");
  private static final Pattern SIGNATURE_OCR =
      Pattern.compile("(法定代表人|申请人|受托人|委托人|经办人|承诺人)[（(][^）)\\n]{1,4}[）)][:：;；]([^\\n]*)");
  private static final List<String> DECISION_NO_LABELS =
      List.of("缴纳罚款", "罚款", "行政处罚决定书", "处罚决定书", "决定书文号", "决定文号", "文号", "编号", "行政处罚", "决定书", "用途");
  private static final Pattern SIGNER = Pattern.compile("^(" + NAME + ")");
  private static final Pattern PAGE = Pattern.compile("第(\\d{1,3})页[，,/]?共(\\d{1,3})页");
  private static final Pattern PAYMENT_DATE_LABEL =
      Pattern.compile("(?:交易日期|缴款日期|转账日期|入账日期|付款日期|填制日期|开票日期|缴费日期)[:：]?$");

  /** A found amount, its position and the text just before it. */
  private record Amount(BigDecimal value, int start, int end, boolean capital, String before) {}

  /** Extracts the fields from the text of all pages (page texts in order). */
  public DocumentFields extract(DocumentType type, List<String> pageTexts) {
    List<DocumentFields.PageNumber> pageNumbers = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < pageTexts.size(); i++) {
      String page = Texts.compact(pageTexts.get(i));
      Matcher pm = PAGE.matcher(page);
      if (pm.find()) {
        pageNumbers.add(
            new DocumentFields.PageNumber(
                i + 1, Integer.parseInt(pm.group(1)), Integer.parseInt(pm.group(2))));
      }
      all.append(page);
    }
    String text = all.toString();
    String uscc = uscc(text);
    List<Amount> amounts = amounts(text);
    List<ChineseDates.Found> dates = ChineseDates.find(text);
    LocalDate last = dates.isEmpty() ? null : dates.getLast().date();
    String company = company(text, type);
    return new DocumentFields(
        uscc,
        uscc == null ? null : Uscc.isValid(uscc),
        company,
        decisionNo(text),
        type == DocumentType.PENALTY_DECISION ? fine(amounts) : null,
        surcharge(amounts),
        type == DocumentType.FINE_RECEIPT ? paid(amounts) : null,
        amounts.stream().map(Amount::value).distinct().toList(),
        wordsMismatch(amounts),
        dates.stream().map(ChineseDates.Found::date).toList(),
        type == DocumentType.PENALTY_DECISION ? last : null,
        type == DocumentType.FINE_RECEIPT ? paymentDate(text, dates) : null,
        last,
        legalRepresentative(text),
        first(AGENT, text),
        signatures(text, company),
        pageNumbers);
  }

  private static String uscc(String text) {
    Matcher m = USCC.matcher(text);
    return m.find() ? Uscc.normalize(m.group(1)).toUpperCase(Locale.ROOT) : null;
  }

  private static String company(String text, DocumentType type) {
    Matcher m = COMPANY_LABELLED.matcher(text);
    while (m.find()) {
      String name = trimCompany(m.group(1));
      if (!name.contains("银行") && !name.contains("财政")) {
        return Texts.normalizeName(name);
      }
    }
    m = COMPANY_ANY.matcher(text);
    while (m.find()) {
      String name = trimCompany(m.group(1));
      if (!name.contains("银行")) {
        return Texts.normalizeName(name);
      }
    }
    return null;
  }

  /** Drops words a greedy match may take before the name (本公司, 我单位 …). */
  private static String trimCompany(String name) {
    for (String prefix : List.of("本单位", "我单位", "本公司", "我公司", "兹有", "现有", "关于")) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
      }
    }
    return name;
  }

  private static String decisionNo(String text) {
    Matcher m = DECISION_NO.matcher(text);
    if (!m.find()) {
      return null;
    }
    String prefix = m.group(1);
    // keep the issuer's abbreviation (e.g. 杭市监处罚), not a label before it (文号：)
    for (String label : DECISION_NO_LABELS) {
      int i = prefix.lastIndexOf(label);
      if (i >= 0 && prefix.length() - i - label.length() >= 2) {
        prefix = prefix.substring(i + label.length());
      }
    }
    return prefix + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
  }

  private static List<Amount> amounts(String text) {
    List<Amount> out = new ArrayList<>();
    Matcher m = ARABIC_AMOUNT.matcher(text);
    while (m.find()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(3);
      BigDecimal v = new BigDecimal(digits.replace(",", ""));
      if ("万元".equals(m.group(2))) {
        v = v.multiply(BigDecimal.valueOf(10_000));
      }
      out.add(new Amount(v.setScale(2), m.start(), m.end(), false, before(text, m.start())));
    }
    Matcher c = CAPITAL_AMOUNT.matcher(text);
    while (c.find()) {
      String integer = c.group(1);
      if (integer.chars().noneMatch(ch -> "壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(ch) >= 0)
          && c.group(2) == null
          && c.group(3) == null) {
        continue; // 一万元 in running text is not a capital amount; only 壹… forms count
      }
      var value = ChineseAmounts.parse(integer, c.group(2), c.group(3));
      if (value.isPresent()) {
        out.add(new Amount(value.get(), c.start(), c.end(), true, before(text, c.start())));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static String before(String text, int start) {
    return text.substring(Math.max(0, start - 14), start);
  }

  private static BigDecimal fine(List<Amount> amounts) {
    for (Amount a : amounts) {
      if (a.before().contains("罚款") && !a.before().contains("加处")) {
        return a.value();
      }
    }
    return null;
  }

  private static BigDecimal surcharge(List<Amount> amounts) {
    for (Amount a : amounts) {
      if (a.before().contains("加处罚款")) {
        return a.value();
      }
    }
    return null;
  }

  private static BigDecimal paid(List<Amount> amounts) {
    BigDecimal best = null;
    for (Amount a : amounts) {
      if (best == null || a.value().compareTo(best) > 0) {
        best = a.value();
      }
    }
    return best;
  }

  /** A capital amount and the nearest Arabic amount within 40 characters disagree. */
  private static boolean wordsMismatch(List<Amount> amounts) {
    for (Amount c : amounts) {
      if (!c.capital()) {
        continue;
      }
      Amount nearest = null;
      int distance = Integer.MAX_VALUE;
      for (Amount a : amounts) {
        if (a.capital()) {
          continue;
        }
        int d = a.start() >= c.end() ? a.start() - c.end() : c.start() - a.end();
        if (d >= 0 && d < distance) {
          distance = d;
          nearest = a;
        }
      }
      if (nearest != null && distance <= 40 && nearest.value().compareTo(c.value()) != 0) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate paymentDate(String text, List<ChineseDates.Found> dates) {
    for (ChineseDates.Found d : dates) {
      String before = text.substring(Math.max(0, d.start() - 8), d.start());
      if (PAYMENT_DATE_LABEL.matcher(before).find()) {
        return d.date();
      }
    }
    return dates.isEmpty() ? null : dates.getFirst().date();
  }

  private static String legalRepresentative(String text) {
    String rep = first(LEGAL_REP, text);
    return rep != null ? rep : first(LEGAL_REP_CERT, text);
  }

  /**
   * Signature lines; the company name is removed first, since a seal's text often lands on the
   * signature line.
   */
  private static List<DocumentFields.SignatureLine> signatures(String text, String company) {
    List<DocumentFields.SignatureLine> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = SIGNATURE.matcher(line);
      if (!m.find()) {
        m = SIGNATURE_OCR.matcher(line); // OCR misreads the small （签字） label
        if (!m.find()) {
          continue;
        }
      }
      String role = m.group(1).isEmpty() ? "签字人" : m.group(1);
      String after = m.group(2);
      if (company != null && company.length() >= 4) {
        int seal = after.indexOf(company.substring(0, 4)); // a seal's (possibly cut) text
        if (seal >= 0) {
          after = after.substring(0, seal);
        }
      }
      after = after.replaceAll("^[_＿\\s]+", "");
      Matcher s = SIGNER.matcher(after);
      String signer = null;
      if (s.find() && !after.startsWith("年") && !s.group(1).contains("盖章")) {
        signer = s.group(1).replaceAll("(日期|年|月|日|身份|电话|职务|盖章).*$", "");
        if (signer.length() < 2) {
          signer = null;
        }
      }
      out.add(new DocumentFields.SignatureLine(role, signer));
    }
    return out;
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
