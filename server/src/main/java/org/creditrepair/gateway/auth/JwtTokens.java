package org.creditrepair.gateway.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 令牌：mints and verifies the server's JWTs (HS256 with the server's key, Vert.x auth); a token
 * carries {@code sub} and {@code role}, an ENTERPRISE subject must be a valid 统一社会信用代码.
 */
public final class JwtTokens {
  static final String ISSUER = "credit-repair";

  /** Longest lifetime a token may be minted with. */
  public static final Duration MAX_TTL = Duration.ofDays(366);

  private final JWTAuth auth;
  private final Clock clock;

  public JwtTokens(Vertx vertx, byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("JWT 密钥至少 32 字节");
    }
    this.auth =
        JWTAuth.create(
            vertx,
            new JWTAuthOptions()
                .addPubSecKey(
                    new PubSecKeyOptions()
                        .setAlgorithm("HS256")
                        .setBuffer(Base64.getEncoder().encodeToString(key)))
                .setJWTOptions(new JWTOptions().setIssuer(ISSUER).setLeeway(5)));
    this.clock = clock;
  }

  /** A token for {@code subject} in {@code role}, valid for {@code ttl}. */
  public String mint(Role role, String subject, Duration ttl) {
    String s = role == Role.ENTERPRISE ? Uscc.normalize(subject) : subject.strip();
    checkSubject(role, s);
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("有效期必须在 1 秒到 366 天之间");
    }
    long now = clock.instant().getEpochSecond();
    return auth.generateToken(
        new JsonObject().put("role", role.name()).put("iat", now).put("exp", now + ttl.toSeconds()),
        new JWTOptions().setIssuer(ISSUER).setSubject(s).setNoTimestamp(true));
  }

  /**
   * The principal of an {@code Authorization: Bearer …} header value; UNAUTHENTICATED otherwise.
   */
  public Future<Principal> verifyAuthorization(String header) {
    String h = header == null ? "" : header.strip();
    if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("bearer ")) {
      return Future.failedFuture(unauthenticated("Authorization 请求头必须是 Bearer 令牌"));
    }
    String token = h.substring(7).strip();
    if (token.isEmpty() || token.length() > 4096) {
      return Future.failedFuture(unauthenticated("Authorization 请求头必须是 Bearer 令牌"));
    }
    return verify(token);
  }

  /** The principal of a valid token; UNAUTHENTICATED for anything else. */
  public Future<Principal> verify(String token) {
    return auth.authenticate(new TokenCredentials(token))
        .recover(e -> Future.failedFuture(unauthenticated("令牌无效或已过期")))
        .compose(
            user -> {
              // Vert.x keeps the decoded claims in the "accessToken" attribute
              JsonObject p = user.attributes().getJsonObject("accessToken", user.principal());
              try {
                Role role = Role.valueOf(p.getString("role", ""));
                String subject = p.getString("sub", "");
                checkSubject(role, subject);
                Long exp = p.getLong("exp");
                if (exp == null) {
                  throw new IllegalArgumentException("令牌缺少有效期");
                }
                return Future.succeededFuture(
                    new Principal(subject, role, Instant.ofEpochSecond(exp)));
              } catch (RuntimeException e) {
                return Future.failedFuture(unauthenticated("令牌内容不正确"));
              }
            });
  }

  private static void checkSubject(Role role, String subject) {
    if (subject.isEmpty() || subject.length() > 64) {
      throw new IllegalArgumentException("subject 不能为空，最多 64 个字符");
    }
    if (role == Role.ENTERPRISE && !Uscc.isValid(subject)) {
      throw new IllegalArgumentException("企业令牌的 subject 必须是有效的统一社会信用代码");
    }
  }

  static CreditRepairException unauthenticated(String message) {
    return new CreditRepairException(
        ErrorCode.UNAUTHENTICATED, message, Map.of("scheme", "Bearer"));
  }
}
