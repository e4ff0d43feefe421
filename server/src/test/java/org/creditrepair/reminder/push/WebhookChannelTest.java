package org.creditrepair.reminder.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.creditrepair.reminder.ChannelType;
import org.creditrepair.reminder.PushException;
import org.creditrepair.reminder.Reminder;
import org.creditrepair.reminder.ReminderKind;
import org.creditrepair.reminder.Subscription;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.Test;

/** 签名 Webhook against a local receiver that checks the HMAC itself; SSRF rules on targets. */
class WebhookChannelTest {
  static final String SECRET = "0123456789abcdef-secret";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
  static final Reminder REMINDER =
      new Reminder(
          "rem-1",
          "91330100MA2XXXXX1A",
          "application:app_1",
          ReminderKind.SUPPLEMENT_DUE,
          Instant.parse("2026-03-02T01:00:00Z"),
          "补正材料将于 2026-03-04 截止",
          "请尽快补齐材料。",
          Map.of("applicationId", "app_1"));

  static WebhookChannel channel(List<String> allow) {
    return new WebhookChannel(WebhookTargets.of(allow), CLOCK, Duration.ofSeconds(5));
  }

  static Subscription sub(String url, String secret) {
    return new Subscription(
        "sub_1", REMINDER.tenant(), ChannelType.WEBHOOK, url, secret, null, Instant.EPOCH);
  }

  /** What a receiver computes: hex HMAC-SHA256(secret, timestamp + "." + body). */
  static String expected(String secret, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8))) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  @Test
  void should_post_the_reminder_signed_with_hmac_sha256() throws Exception {
    try (LocalReceiver receiver =
            new LocalReceiver(
                r -> {
                  try {
                    boolean ok =
                        ("sha256=" + expected(SECRET, r.header("X-CR-Timestamp"), r.body()))
                            .equals(r.header("X-CR-Signature"));
                    return new LocalReceiver.Answer(ok ? 204 : 401, "");
                  } catch (Exception e) {
                    return new LocalReceiver.Answer(500, "");
                  }
                });
        WebhookChannel webhook = channel(List.of("127.0.0.1"))) {
      webhook.send(sub(receiver.base() + "/hook", SECRET), REMINDER);
      LocalReceiver.Received r = receiver.requests.get(0);
      assertEquals("POST", r.method());
      assertEquals("/hook", r.path());
      assertEquals(Long.toString(CLOCK.instant().getEpochSecond()), r.header("X-CR-Timestamp"));
      assertEquals("rem-1", r.header("X-CR-Delivery"));
      JsonNode body = new ObjectMapper().readTree(r.body());
      assertEquals("reminder", body.get("type").asText());
      assertEquals("rem-1", body.at("/reminder/id").asText());
      assertEquals("SUPPLEMENT_DUE", body.at("/reminder/kind").asText());
      assertEquals("补正材料将于 2026-03-04 截止", body.at("/reminder/title").asText());

      // the same receiver refuses a message signed with another secret
      PushException e =
          assertThrows(
              PushException.class,
              () ->
                  webhook.send(sub(receiver.base() + "/hook", "another-secret-0123456"), REMINDER));
      assertTrue(e.getMessage().contains("401"), e.getMessage());
    }
  }

  @Test
  void should_report_a_non_2xx_answer_and_an_unreachable_receiver_as_failures() {
    try (LocalReceiver receiver = new LocalReceiver(r -> new LocalReceiver.Answer(503, "{}"));
        WebhookChannel webhook = channel(List.of("127.0.0.1"))) {
      PushException e =
          assertThrows(
              PushException.class, () -> webhook.send(sub(receiver.base(), SECRET), REMINDER));
      assertTrue(e.getMessage().contains("503"), e.getMessage());
      String closed = receiver.base();
      receiver.close();
      assertThrows(PushException.class, () -> webhook.send(sub(closed, SECRET), REMINDER));
    }
  }

  @Test
  void should_accept_only_http_urls_with_a_host_and_a_secret() {
    try (WebhookChannel webhook = channel(List.of())) {
      for (String bad :
          List.of(
              "ftp://8.8.8.8/x",
              "file:///etc/passwd",
              "https:///nohost",
              "not a url",
              "",
              "https://u:p@8.8.8.8/")) {
        CreditRepairException e =
            assertThrows(CreditRepairException.class, () -> webhook.validate(bad, SECRET), bad);
        assertEquals(ErrorCode.INVALID_PUSH_TARGET, e.code());
        assertEquals("target", e.details().get("field"));
      }
      webhook.validate("https://8.8.8.8/hook", SECRET); // a public address literal: no DNS needed
      CreditRepairException short_ =
          assertThrows(
              CreditRepairException.class, () -> webhook.validate("https://8.8.8.8/", "short"));
      assertEquals("secret", short_.details().get("field"));
    }
  }

  @Test
  void should_refuse_loopback_and_private_addresses_unless_allowed() {
    WebhookTargets open = WebhookTargets.of(List.of());
    for (String internal :
        List.of(
            "http://127.0.0.1:8080/",
            "http://localhost/",
            "http://10.1.2.3/",
            "http://192.168.1.1/",
            "http://172.16.0.1/",
            "http://169.254.169.254/latest/meta-data",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://[::1]/",
            "http://[fd00::1]/")) {
      assertNotNull(open.problem(internal), internal);
    }
    assertNull(open.problem("https://8.8.8.8/"));
    WebhookTargets loopback = WebhookTargets.of(List.of("127.0.0.1"));
    assertNull(loopback.problem("http://127.0.0.1:9999/hook"));
    assertNotNull(loopback.problem("https://8.8.8.8/"), "a list without * allows only its hosts");
    assertNull(WebhookTargets.of(List.of("127.0.0.1", "*")).problem("https://8.8.8.8/"));
    assertNotNull(WebhookTargets.of(List.of("127.0.0.1", "*")).problem("http://10.0.0.1/"));
  }

  @Test
  void should_not_follow_redirects() {
    try (LocalReceiver receiver = new LocalReceiver(r -> new LocalReceiver.Answer(302, ""));
        WebhookChannel webhook = channel(List.of("127.0.0.1"))) {
      assertThrows(PushException.class, () -> webhook.send(sub(receiver.base(), SECRET), REMINDER));
      assertEquals(1, receiver.requests.size());
    }
  }
}
