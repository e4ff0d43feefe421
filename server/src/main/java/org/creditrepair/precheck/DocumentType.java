package org.creditrepair.precheck;

import java.util.List;

/**
 * 材料类型：the kinds of document the pre-check recognises, each with the checklist materials (ids of
 * {@code knowledge-base/materials/catalogue.yaml}) it can stand for and whether a seal and a
 * signature are required on it.
 *
 * <p>Seal and signature requirements come from the catalogue spec (seed 000, unverified): 承诺书 (公章 +
 * 法定代表人签字), 授权委托书 (公章 + 法定代表人签字), 营业执照复印件 (公章), 罚款缴纳凭证 (银行盖章或财政收据), 整改验收报告 (处罚机关签章); 行政处罚决定书 bears
 * the deciding authority's seal (行政处罚法 第五十九条, not checked against the corpus here).
 */
public enum DocumentType {
  PENALTY_DECISION(
      "行政处罚决定书", List.of("MAT-PENALTY-DECISION", "MAT-LISTING-BASIS-DOCUMENT"), true, false),
  FINE_RECEIPT(
      "罚款缴纳凭证",
      List.of("MAT-FINE-RECEIPT", "MAT-FULFILMENT-PROOF", "MAT-TAX-PAYMENT-PROOF"),
      true,
      false),
  REPAIR_APPLICATION(
      "信用修复申请表",
      List.of("MAT-REPAIR-APPLICATION-FORM", "MAT-TAX-CREDIT-REPAIR-FORM"),
      false,
      false),
  COMMITMENT_LETTER("信用修复承诺书", List.of("MAT-COMMITMENT-LETTER"), true, true),
  SITUATION_STATEMENT("情况说明", List.of("MAT-SITUATION-STATEMENT"), false, false),
  BUSINESS_LICENSE("营业执照", List.of("MAT-BUSINESS-LICENSE-COPY"), true, false),
  LEGAL_REP_CERTIFICATE("法定代表人身份证明书", List.of("MAT-LEGAL-REP-ID-CERT"), false, false),
  POWER_OF_ATTORNEY("授权委托书", List.of("MAT-POWER-OF-ATTORNEY"), true, true),
  ID_CARD("身份证", List.of("MAT-AGENT-ID-COPY"), false, false),
  RECTIFICATION_REPORT("整改报告", List.of("MAT-RECTIFICATION-REPORT"), true, false),
  CREDIT_REPORT(
      "信用报告", List.of("MAT-CREDIT-REPORT-AGENCY", "MAT-CREDIT-QUERY-REPORT-DANDONG"), false, false),
  TRAINING_CERTIFICATE("培训证明", List.of("MAT-TRAINING-CERT"), false, false),
  OTHER("其他材料", List.of(), false, false);

  private final String label;
  private final List<String> materials;
  private final boolean sealRequired;
  private final boolean signatureRequired;

  DocumentType(
      String label, List<String> materials, boolean sealRequired, boolean signatureRequired) {
    this.label = label;
    this.materials = materials;
    this.sealRequired = sealRequired;
    this.signatureRequired = signatureRequired;
  }

  /** The Chinese name (行政处罚决定书 …). */
  public String label() {
    return label;
  }

  /** Checklist material ids this document can satisfy. */
  public List<String> materials() {
    return materials;
  }

  public boolean sealRequired() {
    return sealRequired;
  }

  /** True when a signature of the legal representative (or agent) is required. */
  public boolean signatureRequired() {
    return signatureRequired;
  }

  /** The type that stands for {@code materialId}, or null. */
  public static DocumentType forMaterial(String materialId) {
    for (DocumentType t : values()) {
      if (t.materials.contains(materialId)) {
        return t;
      }
    }
    return null;
  }
}
