package org.creditrepair.reminder.push;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * Webhook 地址检查：only http/https URLs with a host; to keep subscribers from making the server call
 * its own network (SSRF), hosts resolving to loopback, private, link-local, CGNAT, multicast or
 * unspecified addresses are refused unless the allow-list ({@code CR_WEBHOOK_ALLOW_HOSTS}) names
 * them.
 *
 * <p>An empty allow-list allows any public host; a non-empty one allows only the hosts it lists,
 * plus any public host when it contains {@code *}. Addresses are checked when the subscription is
 * made and again before every delivery (a DNS answer can change between the check and the
 * connection; the allow-list is the hard boundary). Redirects are never followed.
 */
public final class WebhookTargets {
  static final int MAX_URL = 2_048;

  private final Set<String> allowed;
  private final boolean anyPublicHost;

  private WebhookTargets(Set<String> allowed, boolean anyPublicHost) {
    this.allowed = allowed;
    this.anyPublicHost = anyPublicHost;
  }

  /** The rules for this allow-list (empty = any public host). */
  public static WebhookTargets of(List<String> allowHosts) {
    Set<String> hosts =
        allowHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new WebhookTargets(hosts, hosts.isEmpty() || hosts.contains("*"));
  }

  /** The URL if a webhook may be sent there; INVALID_PUSH_TARGET naming the rule otherwise. */
  public URI check(String url) {
    String problem = problem(url);
    if (problem != null) {
      throw new CreditRepairException(
          ErrorCode.INVALID_PUSH_TARGET, problem, Map.of("field", "target"));
    }
    return URI.create(url.strip());
  }

  /** Why a webhook may not be sent to {@code url}, or null when it may. */
  String problem(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_URL) {
      return "Webhook 地址不能为空且不超过 " + MAX_URL + " 个字符";
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return "Webhook 地址不是合法的 URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "Webhook 地址只能使用 http 或 https";
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "Webhook 地址必须包含主机名";
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return "Webhook 地址不能包含用户信息或片段（#）";
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (allowed.contains(host) || allowed.contains(bare)) {
      return null;
    }
    if (!anyPublicHost) {
      return "Webhook 主机 " + host + " 不在允许列表（CR_WEBHOOK_ALLOW_HOSTS）中";
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(bare)) {
        if (isInternal(a)) {
          return "Webhook 主机 "
              + host
              + " 指向内网或本机地址（"
              + a.getHostAddress()
              + "），为防止 SSRF 不予推送；确需使用请加入 CR_WEBHOOK_ALLOW_HOSTS";
        }
      }
    } catch (UnknownHostException e) {
      return "Webhook 主机 " + host + " 无法解析";
    }
    return null;
  }

  /** Loopback, private, link-local, CGNAT, unique-local, multicast or unspecified. */
  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0
          || (first == 100 && second >= 64 && second < 128)
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
          || (first == 198 && (second == 18 || second == 19))
          || first >= 240;
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
    }
    return false;
  }
}
