package org.creditrepair.gateway;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.handler.PlatformHandler;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * HTTP 错误映射：the one place that turns a failure into the HTTP error response {@code {code, message,
 * details}} with the status of its {@link ErrorCode}; anything unexpected becomes a 500 INTERNAL
 * with a generic message and a logged stack trace.
 */
public final class HttpErrors {
  static final String INTERNAL_MESSAGE = "服务器内部错误，请稍后再试";

  private static final System.Logger LOG = System.getLogger(HttpErrors.class.getName());

  private final RouteTable routes;

  HttpErrors(RouteTable routes) {
    this.routes = routes;
  }

  /**
   * First check of every request: a path that cannot be normalised (bad percent-escape) is a 400
   * BAD_REQUEST here, not an exception while routes are matched.
   */
  static PlatformHandler rejectMalformedPath() {
    return ctx -> {
      try {
        ctx.normalizedPath();
      } catch (IllegalArgumentException e) {
        ctx.fail(
            new CreditRepairException(
                ErrorCode.BAD_REQUEST, "请求路径不合法", Map.of("path", RouteTable.pathOf(ctx))));
        return;
      }
      ctx.next();
    };
  }

  /** Router failure handler and error handler: answers every failed or unmatched request. */
  void handle(RoutingContext ctx) {
    CreditRepairException error = classify(ctx.statusCode(), ctx.failure(), ctx);
    if (ctx.response().headWritten()) {
      LOG.log(Level.WARNING, "响应已开始发送，无法再返回错误：" + error.code(), ctx.failure());
      ctx.response().reset();
      return;
    }
    switch (error.code()) {
      case METHOD_NOT_ALLOWED ->
          ctx.response().putHeader("Allow", routes.allowedMethods(RouteTable.pathOf(ctx)));
      case UNAUTHENTICATED -> ctx.response().putHeader("WWW-Authenticate", "Bearer");
      case RATE_LIMITED ->
          ctx.response()
              .putHeader("Retry-After", error.details().getOrDefault("retryAfterSeconds", "1"));
      default -> {}
    }
    GatewayJson.send(ctx, error.code().httpStatus(), body(error));
  }

  /** The JSON body of an error response. */
  static Map<String, Object> body(CreditRepairException error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", error.code().name());
    body.put("message", error.getMessage());
    body.put("details", error.details());
    return body;
  }

  private CreditRepairException classify(int status, Throwable failure, RoutingContext ctx) {
    if (failure instanceof CreditRepairException e) {
      return e;
    }
    int effective = failure instanceof HttpException h ? h.getStatusCode() : status;
    CreditRepairException byStatus = byStatus(effective, ctx);
    if (byStatus != null) {
      return byStatus;
    }
    LOG.log(
        Level.ERROR,
        "处理 " + ctx.request().method() + " " + RouteTable.pathOf(ctx) + " 时出现未预期的异常",
        failure);
    return new CreditRepairException(ErrorCode.INTERNAL, INTERNAL_MESSAGE);
  }

  private CreditRepairException byStatus(int status, RoutingContext ctx) {
    return switch (status) {
      case 404 ->
          new CreditRepairException(ErrorCode.NOT_FOUND, "未找到该接口", Map.of("path", safePath(ctx)));
      case 405 ->
          new CreditRepairException(
              ErrorCode.METHOD_NOT_ALLOWED,
              "该接口不支持 " + ctx.request().method().name() + " 方法",
              Map.of("allowed", routes.allowedMethods(RouteTable.pathOf(ctx))));
      case 406 ->
          new CreditRepairException(
              ErrorCode.NOT_ACCEPTABLE, "该接口只返回 application/json，请调整 Accept 请求头");
      case 413 -> {
        Integer limit = ctx.get(GatewayRouter.BODY_LIMIT_KEY);
        int max = limit == null ? GatewayRouter.MAX_BODY_BYTES : limit;
        yield new CreditRepairException(
            ErrorCode.PAYLOAD_TOO_LARGE,
            "请求体过大，最多 " + max + " 字节",
            Map.of("maxBytes", String.valueOf(max)));
      }
      case 415 -> JsonBody.unsupportedMediaType();
      default ->
          status >= 400 && status < 500
              ? new CreditRepairException(
                  ErrorCode.BAD_REQUEST, "请求格式不正确", Map.of("status", String.valueOf(status)))
              : null;
    };
  }

  private static String safePath(RoutingContext ctx) {
    String path = RouteTable.pathOf(ctx);
    return path.length() > 200 ? path.substring(0, 200) + "…" : path;
  }
}
