package org.creditrepair.precheck;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 材料分类：scores the text of a document against keywords per {@link DocumentType} — keywords in the
 * title lines count three times — and explains the choice; below the threshold it is {@code OTHER}.
 */
public final class DocumentClassifier {
  static final int THRESHOLD = 8;
  private static final int TITLE_LINES = 3;
  private static final int TITLE_FACTOR = 3;

  private record Keyword(String text, int weight) {}

  private static final Map<DocumentType, List<Keyword>> KEYWORDS =
      new EnumMap<>(DocumentType.class);

  static {
    put(
        DocumentType.PENALTY_DECISION,
        "行政处罚决定书",
        10,
        "处罚决定书",
        6,
        "违法事实",
        2,
        "处罚依据",
        2,
        "作出如下",
        2,
        "决定给予",
        2,
        "行政复议",
        1,
        "行政诉讼",
        1,
        "当事人",
        1);
    put(
        DocumentType.FINE_RECEIPT,
        "缴款书",
        6,
        "电子回单",
        6,
        "回单",
        3,
        "非税收入",
        5,
        "罚没",
        3,
        "缴款",
        2,
        "付款人",
        2,
        "收款人",
        2,
        "交易日期",
        2,
        "转账",
        2,
        "实缴金额",
        3,
        "缴款凭证",
        6,
        "收据",
        3);
    put(
        DocumentType.REPAIR_APPLICATION,
        "信用修复申请表",
        10,
        "修复申请书",
        8,
        "修复申请表",
        8,
        "申请修复",
        3,
        "申请事项",
        2,
        "申请理由",
        2);
    put(
        DocumentType.COMMITMENT_LETTER,
        "信用修复承诺书",
        10,
        "承诺书",
        6,
        "郑重承诺",
        4,
        "本单位承诺",
        3,
        "不再发生同类违法行为",
        3,
        "如违背承诺",
        3,
        "承诺单位",
        2,
        "承诺",
        1);
    put(DocumentType.SITUATION_STATEMENT, "情况说明", 10, "特此说明", 4, "防止再次发生", 3, "履行情况", 1);
    put(
        DocumentType.BUSINESS_LICENSE,
        "营业执照",
        10,
        "注册资本",
        3,
        "成立日期",
        3,
        "经营范围",
        3,
        "登记机关",
        3,
        "营业期限",
        2,
        "住所",
        1);
    put(
        DocumentType.LEGAL_REP_CERTIFICATE,
        "法定代表人身份证明书",
        12,
        "法定代表人身份证明",
        10,
        "系我单位法定代表人",
        5,
        "特此证明",
        1);
    put(
        DocumentType.POWER_OF_ATTORNEY,
        "授权委托书",
        12,
        "受托人",
        3,
        "委托人",
        2,
        "委托事项",
        3,
        "委托权限",
        3,
        "委托期限",
        2,
        "代理人",
        1);
    put(DocumentType.ID_CARD, "居民身份证", 10, "公民身份号码", 8, "签发机关", 3, "有效期限", 2, "民族", 2, "住址", 1);
    put(DocumentType.RECTIFICATION_REPORT, "整改报告", 10, "整改验收", 6, "验收意见", 4, "整改情况", 3, "整改措施", 2);
    put(DocumentType.CREDIT_REPORT, "信用报告", 10, "信用状况", 3, "报告编号", 3, "信用服务机构", 4, "查询报告", 4);
    put(DocumentType.TRAINING_CERTIFICATE, "培训证明", 10, "专题培训", 5, "培训合格", 5, "学时", 4, "结业", 3);
  }

  private static void put(DocumentType type, Object... pairs) {
    List<Keyword> list = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      list.add(new Keyword((String) pairs[i], (Integer) pairs[i + 1]));
    }
    KEYWORDS.put(type, List.copyOf(list));
  }

  /**
   * The chosen type with its score, the keywords that gave it (e.g. "行政处罚决定书(标题)+30") and the
   * runner-up.
   */
  public record Classification(
      DocumentType type,
      int score,
      List<String> evidence,
      DocumentType runnerUp,
      int runnerUpScore) {
    public Classification {
      evidence = List.copyOf(evidence);
    }
  }

  /** Classifies a document from its text (all pages). */
  public Classification classify(String text) {
    String compact = Texts.compact(text);
    String[] lines = compact.split("\n");
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < Math.min(TITLE_LINES, lines.length); i++) {
      title.append(lines[i]).append('\n');
    }
    DocumentType best = DocumentType.OTHER;
    int bestScore = 0;
    List<String> bestEvidence = List.of();
    DocumentType second = DocumentType.OTHER;
    int secondScore = 0;
    for (Map.Entry<DocumentType, List<Keyword>> e : KEYWORDS.entrySet()) {
      int score = 0;
      List<String> evidence = new ArrayList<>();
      String titleLeft = title.toString();
      for (Keyword k : e.getValue()) {
        if (titleLeft.contains(k.text())) {
          score += k.weight() * TITLE_FACTOR;
          evidence.add(k.text() + "(标题)+" + k.weight() * TITLE_FACTOR);
          // a longer keyword in the title also contains the shorter ones: count them once
          titleLeft = titleLeft.replace(k.text(), "\u0000");
        } else if (compact.contains(k.text())) {
          score += k.weight();
          evidence.add(k.text() + "+" + k.weight());
        }
      }
      if (score > bestScore) {
        second = best;
        secondScore = bestScore;
        best = e.getKey();
        bestScore = score;
        bestEvidence = evidence;
      } else if (score > secondScore) {
        second = e.getKey();
        secondScore = score;
      }
    }
    if (bestScore < THRESHOLD) {
      return new Classification(DocumentType.OTHER, bestScore, bestEvidence, best, bestScore);
    }
    return new Classification(best, bestScore, bestEvidence, second, secondScore);
  }
}
