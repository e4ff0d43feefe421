package org.creditrepair.app;

import java.util.Map;

/** 配置项：one setting with its command-line flag, environment variable and default. */
enum ConfigOption {
  HOST("--host", "CR_HOST", "0.0.0.0", "HOST", "监听地址"),
  HTTP_PORT("--http-port", "CR_HTTP_PORT", "8080", "N", "HTTP 端口"),
  GRPC_PORT("--grpc-port", "CR_GRPC_PORT", "9090", "N", "gRPC 端口"),
  DATA_DIR("--data-dir", "CR_DATA_DIR", "./data", "DIR", "数据目录（索引在 DIR/index）"),
  CORPUS_DIRS("--corpus-dirs", "CR_CORPUS_DIRS", "", "D1:D2", "额外的官方文本目录，以 : 分隔"),
  CALENDAR_DIRS(
      "--calendar-dirs", "CR_CALENDAR_DIRS", "", "D1:D2", "额外的工作日历年份目录（新公布的节假日安排），以 : 分隔"),
  EMBEDDINGS("--embeddings", "CR_EMBEDDINGS", "on", "on|off", "向量检索（bge-small-zh）"),
  KNOWLEDGE_ADDR("--knowledge-addr", "CR_KNOWLEDGE_ADDR", "", "HOST:PORT", "远程知识检索服务；未设置 = 进程内"),
  KNOWLEDGE_TIMEOUT_MS(
      "--knowledge-timeout-ms", "CR_KNOWLEDGE_TIMEOUT_MS", "5000", "N", "知识检索调用时限（毫秒）"),
  REDIS_URL(
      "--redis-url",
      "CR_REDIS_URL",
      "",
      "redis://HOST:PORT",
      "Redis 存储地址（需 appendonly yes、appendfsync always）；未设置 = 嵌入式存储（DIR/store）"),
  JWT_KEY_FILE(
      "--jwt-key-file", "CR_JWT_KEY_FILE", "", "FILE", "JWT 签名密钥文件；未设置 = DIR/jwt.key（首次使用时生成）"),
  RATE_LIMIT("--rate-limit", "CR_RATE_LIMIT", "600", "N", "每个调用者每分钟的请求上限（匿名按客户端地址）；0 = 不限"),
  REMINDER_POLL_MS("--reminder-poll-ms", "CR_REMINDER_POLL_MS", "1000", "N", "提醒派发轮询间隔（毫秒）"),
  WECHAT_API_BASE(
      "--wechat-api-base",
      "CR_WECHAT_API_BASE",
      "https://api.weixin.qq.com",
      "URL",
      "微信小程序接口地址（测试时指向本地接收端）"),
  WECHAT_APP_ID("--wechat-app-id", "CR_WECHAT_APP_ID", "", "APPID", "微信小程序 appid；未设置 = 不推送微信订阅消息"),
  WECHAT_APP_SECRET("--wechat-app-secret", "CR_WECHAT_APP_SECRET", "", "SECRET", "微信小程序 secret"),
  WECHAT_TEMPLATE_ID(
      "--wechat-template-id",
      "CR_WECHAT_TEMPLATE_ID",
      "",
      "ID",
      "订阅消息模板 id（关键词 thing1、time2、thing3）"),
  WEBHOOK_ALLOW_HOSTS(
      "--webhook-allow-hosts",
      "CR_WEBHOOK_ALLOW_HOSTS",
      "",
      "H1,H2",
      "Webhook 允许的主机，以 , 分隔（可含内网地址；含 * 时另允许任何公网主机）；未设置 = 任何公网主机，拒绝本机与内网地址"),
  LLM_PROVIDER(
      "--llm-provider",
      "CR_LLM_PROVIDER",
      "none",
      "none|openai|ollama",
      "智能助手的语言模型；none = 规则应答（离线）"),
  LLM_BASE_URL(
      "--llm-base-url",
      "CR_LLM_BASE_URL",
      "",
      "URL",
      "OpenAI 兼容接口地址（如 https://api.deepseek.com/v1）；ollama 默认 http://127.0.0.1:11434/v1"),
  LLM_API_KEY("--llm-api-key", "CR_LLM_API_KEY", "", "KEY", "模型接口密钥（不写入日志）"),
  LLM_MODEL("--llm-model", "CR_LLM_MODEL", "", "NAME", "模型名（如 deepseek-chat、qwen-plus、qwen2.5:7b）"),
  LLM_TIMEOUT_MS("--llm-timeout-ms", "CR_LLM_TIMEOUT_MS", "20000", "N", "一次模型调用的时限（毫秒），超时改用规则答复");

  final String flag;
  final String env;
  final String defaultValue;
  final String placeholder;
  final String description;

  ConfigOption(
      String flag, String env, String defaultValue, String placeholder, String description) {
    this.flag = flag;
    this.env = env;
    this.defaultValue = defaultValue;
    this.placeholder = placeholder;
    this.description = description;
  }

  /** The option with this flag, or null. */
  static ConfigOption byFlag(String flag) {
    for (ConfigOption o : values()) {
      if (o.flag.equals(flag)) {
        return o;
      }
    }
    return null;
  }

  /** A value as given: from a flag, else from a non-empty environment variable, else default. */
  Setting resolve(Map<ConfigOption, String> flags, Map<String, String> env) {
    if (flags.containsKey(this)) {
      return new Setting(flags.get(this), flag);
    }
    String fromEnv = env.get(this.env);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Setting(fromEnv.strip(), this.env);
    }
    return new Setting(defaultValue, "默认值");
  }

  /** A resolved value and where it came from (for error messages). */
  record Setting(String value, String source) {}
}
