package org.creditrepair.reminder.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.creditrepair.reminder.ChannelType;
import org.creditrepair.reminder.PushChannel;
import org.creditrepair.reminder.PushException;
import org.creditrepair.reminder.Reminder;
import org.creditrepair.reminder.ReminderPlanner;
import org.creditrepair.reminder.Subscription;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 微信订阅消息：sends a reminder as a mini-program subscribe message through the official API — an
 * access_token from {@code GET /cgi-bin/token} (cached until shortly before it expires, fetched
 * again when the API says it is invalid), then {@code POST /cgi-bin/message/subscribe/send} with
 * {@code {touser, template_id, page, data, miniprogram_state, lang}}; an {@code errcode} other than
 * 0 is a failure.
 */
public final class WeChatChannel implements PushChannel, AutoCloseable {
  /** An openid as WeChat issues it. */
  static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{6,64}");

  /** errcodes meaning the token is invalid or expired: fetch a new one and try once more. */
  static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

  /** Tokens are refreshed this long before WeChat says they expire. */
  static final long EARLY_REFRESH_SECONDS = 300;

  static final int THING_MAX = 20;

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final WeChatSettings settings;
  private final Clock clock;
  private final HttpClient http;
  private String token;
  private Instant tokenExpires = Instant.MIN;

  public WeChatChannel(WeChatSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public ChannelType type() {
    return ChannelType.WECHAT;
  }

  @Override
  public void validate(String target, String secret) {
    if (!settings.configured()) {
      throw new CreditRepairException(
          ErrorCode.PUSH_CHANNEL_UNAVAILABLE,
          "服务器未配置微信小程序（CR_WECHAT_APP_ID、CR_WECHAT_APP_SECRET、CR_WECHAT_TEMPLATE_ID），暂不能订阅微信提醒",
          Map.of("channel", "WECHAT"));
    }
    if (target == null || !OPENID.matcher(target).matches()) {
      throw new CreditRepairException(
          ErrorCode.INVALID_PUSH_TARGET, "微信订阅的 target 必须是用户的 openid", Map.of("field", "target"));
    }
    if (secret != null && !secret.isEmpty()) {
      throw new CreditRepairException(
          ErrorCode.INVALID_PUSH_TARGET, "微信订阅不需要 secret", Map.of("field", "secret"));
    }
  }

  @Override
  public void send(Subscription s, Reminder r) throws PushException {
    if (!settings.configured()) {
      throw new PushException("服务器未配置微信小程序");
    }
    String body = body(s.target(), r);
    JsonNode answer = post(accessToken(false), body);
    int code = answer.path("errcode").asInt(0);
    if (TOKEN_ERRORS.contains(code)) {
      answer = post(accessToken(true), body);
      code = answer.path("errcode").asInt(0);
    }
    if (code != 0) {
      throw new PushException("微信接口 errcode " + code + "：" + answer.path("errmsg").asText(""));
    }
  }

  /** The subscribe-message body of {@code reminder} for {@code openid}. */
  String body(String openid, Reminder r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("touser", openid);
    n.put("template_id", settings.templateId());
    n.put("page", settings.page() + "?id=" + r.id());
    ObjectNode data = n.putObject("data");
    data.putObject("thing1").put("value", thing(r.title()));
    data.putObject("time2").put("value", TIME.format(r.dueAt().atZone(ReminderPlanner.ZONE)));
    data.putObject("thing3").put("value", thing(r.message()));
    n.put("miniprogram_state", settings.state());
    n.put("lang", "zh_CN");
    try {
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached access_token, or a new one when it expires (or {@code renew}). */
  synchronized String accessToken(boolean renew) throws PushException {
    Instant now = clock.instant();
    if (!renew && token != null && now.isBefore(tokenExpires)) {
      return token;
    }
    URI uri =
        URI.create(
            settings.baseUrl()
                + "/cgi-bin/token?grant_type=client_credential&appid="
                + enc(settings.appId())
                + "&secret="
                + enc(settings.appSecret()));
    JsonNode n = call(HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET().build());
    String t = n.path("access_token").asText("");
    if (t.isEmpty()) {
      throw new PushException(
          "获取微信 access_token 失败：errcode "
              + n.path("errcode").asInt(-1)
              + " "
              + n.path("errmsg").asText(""));
    }
    long ttl = Math.max(60, n.path("expires_in").asLong(7200) - EARLY_REFRESH_SECONDS);
    token = t;
    tokenExpires = now.plusSeconds(ttl);
    return token;
  }

  private JsonNode post(String accessToken, String body) throws PushException {
    URI uri =
        URI.create(
            settings.baseUrl()
                + "/cgi-bin/message/subscribe/send?access_token="
                + enc(accessToken));
    return call(
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private JsonNode call(HttpRequest request) throws PushException {
    try {
      HttpResponse<String> r =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() / 100 != 2) {
        throw new PushException("微信接口返回 HTTP " + r.statusCode());
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new PushException("微信接口请求失败：" + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PushException("微信接口请求被中断", e);
    }
  }

  /** A {@code thing} value: at most 20 characters. */
  static String thing(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= THING_MAX ? one : one.substring(0, THING_MAX - 1) + "…";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    http.close();
  }
}
