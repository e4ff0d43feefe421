package org.creditrepair.plan;

import java.util.List;

/**
 * 文书模板：a template written by this project (信用修复承诺书, 情况说明, 第三方平台更新函) with {@code {{placeholders}}}.
 *
 * @param placeholders the placeholder names the template uses
 */
public record DocumentTemplate(String id, String title, List<String> placeholders, String body) {
  public DocumentTemplate {
    placeholders = List.copyOf(placeholders);
  }
}
