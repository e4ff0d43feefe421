package org.creditrepair.diagnosis;

/**
 * 企业：the applicant.
 *
 * @param uscc 统一社会信用代码, validated by the caller
 * @param region region name as given (e.g. "浙江", "台州"), or null
 */
public record Enterprise(String name, String uscc, String region) {}
