package org.creditrepair.reminder.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.creditrepair.reminder.ChannelType;
import org.creditrepair.reminder.PushChannel;
import org.creditrepair.reminder.PushException;
import org.creditrepair.reminder.Reminder;
import org.creditrepair.reminder.ReminderJson;
import org.creditrepair.reminder.Subscription;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 签名 Webhook：POSTs the reminder as JSON to the subscriber's URL with {@code X-CR-Timestamp} (Unix
 * seconds), {@code X-CR-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>} and
 * {@code X-CR-Delivery} (the reminder id, for deduplication); any 2xx is success.
 */
public final class WebhookChannel implements PushChannel, AutoCloseable {
  public static final String TIMESTAMP = "X-CR-Timestamp";
  public static final String SIGNATURE = "X-CR-Signature";
  public static final String DELIVERY = "X-CR-Delivery";
  static final int MIN_SECRET = 16;
  static final int MAX_SECRET = 256;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final WebhookTargets targets;
  private final Clock clock;
  private final Duration timeout;
  private final HttpClient http;

  public WebhookChannel(WebhookTargets targets, Clock clock, Duration timeout) {
    this.targets = targets;
    this.clock = clock;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public ChannelType type() {
    return ChannelType.WEBHOOK;
  }

  @Override
  public void validate(String target, String secret) {
    targets.check(target);
    if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
      throw new CreditRepairException(
          ErrorCode.INVALID_PUSH_TARGET,
          "Webhook 订阅需要 " + MIN_SECRET + "–" + MAX_SECRET + " 个字符的签名密钥 secret",
          Map.of("field", "secret"));
    }
  }

  @Override
  public void send(Subscription s, Reminder r) throws PushException {
    String problem = targets.problem(s.target());
    if (problem != null) {
      throw new PushException(problem);
    }
    String body = body(r);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(s.target().strip()))
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "credit-repair-reminders/1")
            .header(TIMESTAMP, timestamp)
            .header(SIGNATURE, "sha256=" + signature(s.secret(), timestamp, body))
            .header(DELIVERY, r.id())
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new PushException("Webhook 请求失败：" + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PushException("Webhook 请求被中断", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new PushException("Webhook 返回 HTTP " + response.statusCode());
    }
  }

  /** The JSON body: {@code {type, deliveryId, reminder}}. */
  static String body(Reminder r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "reminder");
    n.put("deliveryId", r.id());
    n.set("reminder", ReminderJson.node(r));
    try {
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lower-case hex HMAC-SHA256 over {@code timestamp + "." + body} with {@code secret}. */
  public static String signature(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
