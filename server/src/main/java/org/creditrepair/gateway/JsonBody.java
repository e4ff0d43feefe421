package org.creditrepair.gateway;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 请求体类型检查：accepts only JSON bodies in UTF-8; a platform handler so it runs before the body handler
 * reads (or tries to parse as a form) anything else.
 */
final class JsonBody implements PlatformHandler {
  /** Passes on JSON requests, fails others with UNSUPPORTED_MEDIA_TYPE (415). */
  @Override
  public void handle(RoutingContext ctx) {
    if (!isJson(ctx.request().getHeader("Content-Type"))) {
      ctx.fail(unsupportedMediaType());
      return;
    }
    ctx.next();
  }

  static CreditRepairException unsupportedMediaType() {
    return new CreditRepairException(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        "请求体必须是 JSON（Content-Type: application/json; charset=utf-8）",
        Map.of("expected", "application/json"));
  }

  /** True for application/json or a +json type, with no charset or a UTF-8 one. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json")
        && !(type.startsWith("application/") && type.endsWith("+json"))) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param[0].strip().equalsIgnoreCase("charset")) {
        String charset = param.length > 1 ? param[1].strip().replace("\"", "") : "";
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          return false;
        }
      }
    }
    return true;
  }
}
