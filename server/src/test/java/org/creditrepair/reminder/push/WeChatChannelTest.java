package org.creditrepair.reminder.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditrepair.reminder.ChannelType;
import org.creditrepair.reminder.PushException;
import org.creditrepair.reminder.Subscription;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.MutableClock;
import org.junit.jupiter.api.Test;

/** 微信订阅消息 against a local stand-in of the official API: shape, token cache, errcode. */
class WeChatChannelTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Subscription SUB =
      new Subscription(
          "sub_w",
          WebhookChannelTest.REMINDER.tenant(),
          ChannelType.WECHAT,
          "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
          null,
          null,
          Instant.EPOCH);

  /** A fake WeChat API: tokens tk-1, tk-2, …; send answers with {@code sendCode} once, then 0. */
  static final class FakeApi {
    final AtomicInteger tokens = new AtomicInteger();
    final AtomicInteger firstSendCode = new AtomicInteger();
    final LocalReceiver receiver =
        new LocalReceiver(
            r -> {
              if (r.path().equals("/cgi-bin/token")) {
                return new LocalReceiver.Answer(
                    200,
                    "{\"access_token\":\"tk-"
                        + tokens.incrementAndGet()
                        + "\",\"expires_in\":7200}");
              }
              if (r.path().equals("/cgi-bin/message/subscribe/send")) {
                int code = firstSendCode.getAndSet(0);
                return new LocalReceiver.Answer(
                    200,
                    "{\"errcode\":" + code + ",\"errmsg\":\"" + (code == 0 ? "ok" : "err") + "\"}");
              }
              return new LocalReceiver.Answer(404, "{}");
            });

    List<LocalReceiver.Received> sends() {
      return receiver.requests.stream()
          .filter(r -> r.path().equals("/cgi-bin/message/subscribe/send"))
          .toList();
    }
  }

  static WeChatSettings settings(String base) {
    return WeChatSettings.of(base, "wx0123456789abcdef", "app-secret", "TPL_abc");
  }

  @Test
  void should_send_the_official_subscribe_message_shape_with_a_cached_token() throws Exception {
    FakeApi api = new FakeApi();
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    try (api.receiver;
        WeChatChannel wechat = new WeChatChannel(settings(api.receiver.base()), clock)) {
      wechat.send(SUB, WebhookChannelTest.REMINDER);
      wechat.send(SUB, WebhookChannelTest.REMINDER);
      assertEquals(1, api.tokens.get(), "one token for both messages");
      LocalReceiver.Received token = api.receiver.requests.get(0);
      assertEquals("GET", token.method());
      assertEquals(
          "grant_type=client_credential&appid=wx0123456789abcdef&secret=app-secret", token.query());
      LocalReceiver.Received send = api.sends().get(0);
      assertEquals("POST", send.method());
      assertEquals("access_token=tk-1", send.query());
      JsonNode body = JSON.readTree(send.body());
      assertEquals(SUB.target(), body.get("touser").asText());
      assertEquals("TPL_abc", body.get("template_id").asText());
      assertEquals("pages/reminders/index?id=rem-1", body.get("page").asText());
      assertEquals("formal", body.get("miniprogram_state").asText());
      assertEquals("补正材料将于 2026-03-04 截止", body.at("/data/thing1/value").asText());
      assertEquals("2026年3月2日 09:00", body.at("/data/time2/value").asText());
      assertTrue(body.at("/data/thing3/value").asText().length() <= 20);

      clock.advance(Duration.ofSeconds(7200 - 300));
      wechat.send(SUB, WebhookChannelTest.REMINDER);
      assertEquals(2, api.tokens.get(), "a new token shortly before the old one expires");
      assertEquals("access_token=tk-2", api.sends().get(2).query());
    }
  }

  @Test
  void should_fetch_a_new_token_when_the_api_says_it_is_invalid() throws Exception {
    FakeApi api = new FakeApi();
    try (api.receiver;
        WeChatChannel wechat =
            new WeChatChannel(settings(api.receiver.base()), new MutableClock(Instant.EPOCH))) {
      wechat.send(SUB, WebhookChannelTest.REMINDER);
      api.firstSendCode.set(40001);
      wechat.send(SUB, WebhookChannelTest.REMINDER);
      assertEquals(2, api.tokens.get());
      assertEquals("access_token=tk-2", api.sends().get(2).query());
    }
  }

  @Test
  void should_treat_a_nonzero_errcode_as_a_failure() {
    FakeApi api = new FakeApi();
    try (api.receiver;
        WeChatChannel wechat =
            new WeChatChannel(settings(api.receiver.base()), new MutableClock(Instant.EPOCH))) {
      api.firstSendCode.set(43101); // the user refused the subscription
      PushException e =
          assertThrows(PushException.class, () -> wechat.send(SUB, WebhookChannelTest.REMINDER));
      assertTrue(e.getMessage().contains("43101"), e.getMessage());
    }
  }

  @Test
  void should_refuse_subscriptions_when_not_configured_and_bad_openids() {
    try (WeChatChannel off =
        new WeChatChannel(WeChatSettings.of(null, "", "", ""), new MutableClock(Instant.EPOCH))) {
      assertEquals(
          ErrorCode.PUSH_CHANNEL_UNAVAILABLE,
          assertThrows(CreditRepairException.class, () -> off.validate(SUB.target(), null)).code());
      assertEquals(
          WeChatSettings.OFFICIAL_BASE, WeChatSettings.of(null, "", "", "").baseUrl().toString());
    }
    try (WeChatChannel on =
        new WeChatChannel(settings("http://127.0.0.1:1"), new MutableClock(Instant.EPOCH))) {
      on.validate(SUB.target(), null);
      assertEquals(
          ErrorCode.INVALID_PUSH_TARGET,
          assertThrows(CreditRepairException.class, () -> on.validate("bad openid!", null)).code());
    }
  }
}
