package org.creditrepair.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 禁止外呼检查：the embedding stack (DJL) calls home at start-up unless {@code OPT_OUT_TRACKING=true} and
 * {@code DJL_OFFLINE=true} are in the environment; the server refuses to start without both.
 */
public final class NoCallHomeGuard {
  /** The variables that must be present with the value {@code true}. */
  public static final List<String> REQUIRED = List.of("OPT_OUT_TRACKING", "DJL_OFFLINE");

  private NoCallHomeGuard() {}

  /** An error message naming what is missing, or empty when {@code env} is safe. */
  public static Optional<String> check(Map<String, String> env) {
    List<String> missing = REQUIRED.stream().filter(name -> !"true".equals(env.get(name))).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "拒绝启动：环境变量 "
            + String.join("、", missing.stream().map(n -> n + "=true").toList())
            + " 未设置（防止嵌入模型组件向外网“回报”）。请通过 server/bin/cr-server 启动，或先 export "
            + String.join(" ", REQUIRED.stream().map(n -> n + "=true").toList())
            + "。");
  }
}
