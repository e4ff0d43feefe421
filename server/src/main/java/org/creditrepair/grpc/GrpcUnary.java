package org.creditrepair.grpc;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.grpc.server.GrpcServerRequest;
import java.lang.System.Logger.Level;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.grpc.GrpcErrors;

/**
 * 一元调用处理：a gRPC server handler for a unary method that answers with the method's result or with the
 * status and detail trailer from {@link GrpcErrors}.
 */
public final class GrpcUnary {
  private static final System.Logger LOG = System.getLogger(GrpcUnary.class.getName());

  private GrpcUnary() {}

  /** The handler that calls {@code call} once per request message. */
  public static <Req, Resp> Handler<GrpcServerRequest<Req, Resp>> handler(
      Function<Req, Future<Resp>> call) {
    return request ->
        request.handler(
            message ->
                invoke(call, message)
                    .onSuccess(result -> ifOpen(() -> request.response().end(result)))
                    .onFailure(error -> ifOpen(() -> GrpcErrors.fail(request.response(), error))));
  }

  /**
   * The handler for a method that needs a caller: the {@code authorization} metadata is verified
   * (UNAUTHENTICATED otherwise), then {@code call} runs on a worker thread.
   */
  public static <Req, Resp> Handler<GrpcServerRequest<Req, Resp>> authenticated(
      Vertx vertx, JwtTokens tokens, BiFunction<Principal, Req, Resp> call) {
    return request ->
        request.handler(
            message ->
                tokens
                    .verifyAuthorization(request.headers().get("authorization"))
                    .compose(p -> vertx.executeBlocking(() -> call.apply(p, message), false))
                    .onSuccess(result -> ifOpen(() -> request.response().end(result)))
                    .onFailure(error -> ifOpen(() -> GrpcErrors.fail(request.response(), error))));
  }

  /** Answers unless the call already ended (deadline passed, or cancelled by the client). */
  private static void ifOpen(Runnable answer) {
    try {
      answer.run();
    } catch (IllegalStateException closed) {
      LOG.log(Level.DEBUG, "调用已结束（超时或被取消），丢弃迟到的结果：{0}", closed.getMessage());
    }
  }

  private static <Req, Resp> Future<Resp> invoke(Function<Req, Future<Resp>> call, Req message) {
    try {
      return call.apply(message);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
