package org.creditrepair.diagnosis;

/**
 * 企业：the applicant.
 *
 * @param uscc 统一社会信用代码, validated by the caller
 * @param region region name as given (e.g. "浙江", "台州"), or null
 * @param legalRepresentative 法定代表人, or null (used only in filled templates)
 */
public record Enterprise(String name, String uscc, String region, String legalRepresentative) {
  public Enterprise(String name, String uscc, String region) {
    this(name, uscc, region, null);
  }
}
