package org.creditrepair.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Set;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;

/**
 * 身份认证：reads the {@code Authorization: Bearer} token of a request (optional on anonymous routes,
 * required elsewhere), keeps the principal on the routing context, and checks roles.
 */
public final class Authentication {
  static final String PRINCIPAL_KEY = "cr.principal";

  private final JwtTokens tokens;

  public Authentication(JwtTokens tokens) {
    this.tokens = tokens;
  }

  /** The principal of the request, or null when it is anonymous. */
  public static Principal principal(RoutingContext ctx) {
    return ctx.get(PRINCIPAL_KEY);
  }

  /**
   * Verifies a bearer token when one is sent (a bad one is 401 even on anonymous routes); passes
   * anonymous requests on.
   */
  public void optional(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null) {
      ctx.next();
      return;
    }
    tokens
        .verifyAuthorization(header)
        .onSuccess(
            p -> {
              ctx.put(PRINCIPAL_KEY, p);
              ctx.next();
            })
        .onFailure(ctx::fail);
  }

  /** After {@link #optional}: 401 for anonymous requests, 403 for roles not in {@code roles}. */
  public static io.vertx.core.Handler<RoutingContext> require(Set<Role> roles) {
    return ctx -> {
      Principal p = principal(ctx);
      if (p == null) {
        ctx.fail(JwtTokens.unauthenticated("该接口需要登录：请在 Authorization 请求头中提供 Bearer 令牌"));
        return;
      }
      if (!roles.contains(p.role())) {
        ctx.fail(
            new CreditRepairException(
                ErrorCode.FORBIDDEN,
                "当前角色无权访问该接口",
                Map.of("role", p.role().name(), "allowed", String.join(",", names(roles)))));
        return;
      }
      ctx.next();
    };
  }

  private static java.util.List<String> names(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().toList();
  }
}
