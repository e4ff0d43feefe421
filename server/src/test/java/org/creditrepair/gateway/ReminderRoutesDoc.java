package org.creditrepair.gateway;

import java.nio.charset.StandardCharsets;

/** Test access to the shipped OpenAPI document. */
public final class ReminderRoutesDoc {
  private ReminderRoutesDoc() {}

  public static String openApi() {
    return new String(GatewayRouter.openApiDocument(), StandardCharsets.UTF_8);
  }
}
