package org.creditrepair.precheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 提取字段：what {@link FieldExtractor} read from one document; null where the document does not say.
 *
 * @param uscc the 统一社会信用代码 as read (normalised), or null
 * @param usccValid whether its check character is right (GB 32100-2015), null without a code
 * @param decisionNo 文号 (the decision's own, or the one a receipt or letter cites), brackets as 〔〕
 * @param fineAmount 罚款 in a 行政处罚决定书
 * @param surcharge 加处罚款, if stated
 * @param paidAmount amount on a 罚款缴纳凭证
 * @param amountWordsMismatch a capital amount next to an Arabic one that differs from it
 * @param decisionDate date of a decision (its last date, 落款)
 * @param paymentDate date on a receipt (交易/缴款日期, else its first date)
 * @param documentDate 落款日期: the last date in the document
 * @param legalRepresentative 法定代表人 as stated in the document
 * @param agent 受托人 named in a 授权委托书
 * @param signatures signature lines (签字/签名/签章 followed by a colon) and who signed
 * @param pageNumbers 第 x 页 共 y 页 markers found, in page order
 */
public record DocumentFields(
    String uscc,
    Boolean usccValid,
    String companyName,
    String decisionNo,
    BigDecimal fineAmount,
    BigDecimal surcharge,
    BigDecimal paidAmount,
    List<BigDecimal> amounts,
    boolean amountWordsMismatch,
    List<LocalDate> dates,
    LocalDate decisionDate,
    LocalDate paymentDate,
    LocalDate documentDate,
    String legalRepresentative,
    String agent,
    List<SignatureLine> signatures,
    List<PageNumber> pageNumbers) {
  public DocumentFields {
    amounts = List.copyOf(amounts);
    dates = List.copyOf(dates);
    signatures = List.copyOf(signatures);
    pageNumbers = List.copyOf(pageNumbers);
  }

  /** A signature line: who is to sign (法定代表人, 受托人 …) and the name written, or null when empty. */
  public record SignatureLine(String role, String signer) {
    public boolean signed() {
      return signer != null;
    }
  }

  /** 第 page 页 共 total 页 on the given physical page (1-based). */
  public record PageNumber(int physicalPage, int page, int total) {}

  /** The found fields by name (absent ones left out), as the HTTP and gRPC answers show them. */
  public java.util.Map<String, String> summary() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    put(m, "uscc", uscc);
    put(m, "companyName", companyName);
    put(m, "decisionNo", decisionNo);
    put(
        m,
        "fineAmount",
        fineAmount == null ? null : fineAmount.stripTrailingZeros().toPlainString());
    put(
        m,
        "paidAmount",
        paidAmount == null ? null : paidAmount.stripTrailingZeros().toPlainString());
    put(m, "decisionDate", decisionDate == null ? null : decisionDate.toString());
    put(m, "paymentDate", paymentDate == null ? null : paymentDate.toString());
    put(m, "documentDate", documentDate == null ? null : documentDate.toString());
    put(m, "legalRepresentative", legalRepresentative);
    put(m, "agent", agent);
    return m;
  }

  private static void put(java.util.Map<String, String> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
