package org.creditrepair.reminder.push;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * 微信小程序设置：the subscribe-message API's base URL (the official {@value #OFFICIAL_BASE} unless told
 * otherwise; tests point it at a local receiver), the mini-program's appid and secret, the template
 * id and the page a message opens.
 *
 * @param baseUrl API base URL
 * @param appId mini-program appid, blank when WeChat push is off
 * @param appSecret mini-program secret
 * @param templateId subscribe-message template id (keywords thing1 标题, time2 时间, thing3 内容)
 * @param page page the message opens ({@code ?id=<reminder id>} is appended)
 * @param state {@code formal}, {@code trial} or {@code developer}
 * @param timeout deadline of each API call
 */
public record WeChatSettings(
    URI baseUrl,
    String appId,
    String appSecret,
    String templateId,
    String page,
    String state,
    Duration timeout) {
  public static final String OFFICIAL_BASE = "https://api.weixin.qq.com";

  public WeChatSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    appId = appId == null ? "" : appId.strip();
    appSecret = appSecret == null ? "" : appSecret.strip();
    templateId = templateId == null ? "" : templateId.strip();
    page = page == null || page.isBlank() ? "pages/reminders/index" : page;
    state = state == null || state.isBlank() ? "formal" : state;
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Settings with the official base URL and the given credentials. */
  public static WeChatSettings of(String base, String appId, String secret, String templateId) {
    String b = base == null || base.isBlank() ? OFFICIAL_BASE : base.strip();
    return new WeChatSettings(
        URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b),
        appId,
        secret,
        templateId,
        null,
        null,
        Duration.ofSeconds(10));
  }

  /** True when appid, secret and template id are all set. */
  public boolean configured() {
    return !appId.isEmpty() && !appSecret.isEmpty() && !templateId.isEmpty();
  }
}
