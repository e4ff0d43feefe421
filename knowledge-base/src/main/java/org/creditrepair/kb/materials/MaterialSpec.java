package org.creditrepair.kb.materials;

import java.util.List;

/**
 * 材料规格：how a material must be provided.
 *
 * @param original the original is needed (原件)
 * @param copy a copy is accepted or needed (复印件)
 * @param seal whose seal is needed (e.g. 申请企业公章), or null when no source says
 * @param signatureRequired who must sign, or null (e.g. 法定代表人)
 * @param formats accepted upload formats (PDF, JPG …)
 * @param maxMb upload size limit in MB, or 0 when none is stated
 */
public record MaterialSpec(
    boolean original,
    boolean copy,
    String seal,
    String signatureRequired,
    List<String> formats,
    int maxMb) {
  public MaterialSpec {
    formats = List.copyOf(formats);
  }

  /** A short Chinese description, e.g. "复印件，加盖公章，PDF/JPG，不超过10MB". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(original && copy ? "原件或复印件" : original ? "原件" : copy ? "复印件" : "");
    if (seal != null && !seal.isBlank()) {
      sb.append(sb.isEmpty() ? "" : "，").append("盖章：").append(seal);
    }
    if (signatureRequired != null && !signatureRequired.isBlank()) {
      sb.append(sb.isEmpty() ? "" : "，").append(signatureRequired).append("签字");
    }
    if (!formats.isEmpty()) {
      sb.append(sb.isEmpty() ? "" : "，").append(String.join("/", formats));
    }
    if (maxMb > 0) {
      sb.append("，不超过").append(maxMb).append("MB");
    }
    return sb.toString();
  }
}
