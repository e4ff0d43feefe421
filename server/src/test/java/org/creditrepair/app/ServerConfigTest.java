package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
  @TempDir Path tmp;

  @Test
  void should_use_documented_defaults() {
    ServerConfig c = ServerConfig.from(Map.of(), List.of());
    assertEquals("0.0.0.0", c.host());
    assertEquals(8080, c.httpPort());
    assertEquals(9090, c.grpcPort());
    assertEquals(Path.of("./data"), c.dataDir());
    assertEquals(List.of(), c.corpusDirs());
    assertTrue(c.embeddings());
    assertNull(c.knowledgeAddr());
    assertEquals(Duration.ofSeconds(5), c.knowledgeTimeout());
    assertNull(c.redisUrl(), "unset CR_REDIS_URL means the embedded store");
  }

  @Test
  void should_read_environment() throws Exception {
    Path a = Files.createDirectory(tmp.resolve("a"));
    Path b = Files.createDirectory(tmp.resolve("b"));
    Map<String, String> env =
        Map.of(
            "CR_HOST", "127.0.0.1",
            "CR_HTTP_PORT", "18080",
            "CR_GRPC_PORT", "19090",
            "CR_DATA_DIR", tmp.toString(),
            "CR_CORPUS_DIRS", a + ":" + b,
            "CR_CALENDAR_DIRS", b.toString(),
            "CR_EMBEDDINGS", "off",
            "CR_KNOWLEDGE_ADDR", "knowledge.internal:9091",
            "CR_KNOWLEDGE_TIMEOUT_MS", "750",
            "CR_REDIS_URL", "redis://127.0.0.1:6380/2");
    ServerConfig c = ServerConfig.from(env, List.of());
    assertEquals("127.0.0.1", c.host());
    assertEquals(18080, c.httpPort());
    assertEquals(19090, c.grpcPort());
    assertEquals(tmp, c.dataDir());
    assertEquals(List.of(a, b), c.corpusDirs());
    assertEquals(List.of(b), c.calendarDirs());
    assertFalse(c.embeddings());
    assertEquals(new HostAndPort("knowledge.internal", 9091), c.knowledgeAddr());
    assertEquals(Duration.ofMillis(750), c.knowledgeTimeout());
    assertEquals(new RedisUrl("redis://127.0.0.1:6380/2"), c.redisUrl());
  }

  @Test
  void should_let_flags_override_environment_in_both_flag_forms() {
    Map<String, String> env = Map.of("CR_HTTP_PORT", "18080", "CR_EMBEDDINGS", "off");
    ServerConfig c =
        ServerConfig.from(
            env, List.of("--http-port", "28080", "--embeddings=on", "--knowledge-addr=[::1]:9"));
    assertEquals(28080, c.httpPort());
    assertTrue(c.embeddings());
    assertEquals(new HostAndPort("::1", 9), c.knowledgeAddr());
  }

  @Test
  void should_treat_empty_environment_values_as_unset() {
    ServerConfig c =
        ServerConfig.from(Map.of("CR_KNOWLEDGE_ADDR", "", "CR_HTTP_PORT", " "), List.of());
    assertNull(c.knowledgeAddr());
    assertEquals(8080, c.httpPort());
  }

  @Test
  void should_ignore_empty_entries_in_corpus_dirs() throws Exception {
    Path a = Files.createDirectory(tmp.resolve("a"));
    ServerConfig c = ServerConfig.from(Map.of("CR_CORPUS_DIRS", ":" + a + "::"), List.of());
    assertEquals(List.of(a), c.corpusDirs());
  }

  @Test
  void should_name_the_bad_setting_and_value() {
    assertMessage(Map.of("CR_HTTP_PORT", "http"), List.of(), "CR_HTTP_PORT", "http");
    assertMessage(Map.of("CR_GRPC_PORT", "70000"), List.of(), "CR_GRPC_PORT", "70000");
    assertMessage(Map.of(), List.of("--http-port", "-1"), "--http-port", "-1");
    assertMessage(Map.of("CR_EMBEDDINGS", "maybe"), List.of(), "CR_EMBEDDINGS", "on 或 off");
    assertMessage(Map.of("CR_KNOWLEDGE_ADDR", "nohost"), List.of(), "CR_KNOWLEDGE_ADDR", "nohost");
    assertMessage(Map.of(), List.of("--knowledge-addr", "h:0"), "--knowledge-addr", "h:0");
    assertMessage(Map.of(), List.of("--knowledge-addr", "::1:9"), "--knowledge-addr", "[addr]");
    assertMessage(
        Map.of("CR_KNOWLEDGE_TIMEOUT_MS", "0"), List.of(), "CR_KNOWLEDGE_TIMEOUT_MS", "0");
    assertMessage(
        Map.of("CR_CORPUS_DIRS", tmp.resolve("missing").toString()),
        List.of(),
        "CR_CORPUS_DIRS",
        "missing");
    assertMessage(Map.of(), List.of("--host", ""), "监听地址", "");
  }

  @Test
  void should_read_the_redis_url_flag_and_hide_its_password() {
    ServerConfig c =
        ServerConfig.from(
            Map.of("CR_REDIS_URL", "redis://a:6379"),
            List.of("--redis-url", "rediss://app:s3cret@redis.internal:6380/1"));
    assertEquals("rediss://app:s3cret@redis.internal:6380/1", c.redisUrl().value());
    assertEquals("rediss://***@redis.internal:6380/1", c.redisUrl().toString());
    assertFalse(c.toString().contains("s3cret"), c.toString());
    assertNull(ServerConfig.from(Map.of("CR_REDIS_URL", " "), List.of()).redisUrl());
  }

  @Test
  void should_refuse_a_redis_url_that_is_not_redis() {
    assertMessage(
        Map.of("CR_REDIS_URL", "http://127.0.0.1:6379"), List.of(), "CR_REDIS_URL", "redis://");
    assertMessage(Map.of(), List.of("--redis-url", "redis:///0"), "--redis-url", "主机");
    assertMessage(
        Map.of("CR_REDIS_URL", "127.0.0.1:6379"), List.of(), "CR_REDIS_URL", "127.0.0.1:6379");
    assertMessage(Map.of("CR_REDIS_URL", "mysql://u:pw@h:1"), List.of(), "CR_REDIS_URL", "***@h:1");
  }

  @Test
  void should_refuse_unknown_flags_and_flags_without_value() {
    assertMessage(Map.of(), List.of("--http-prot", "1"), "未知参数", "--http-prot");
    assertMessage(Map.of(), List.of("serve"), "未知参数", "serve");
    assertMessage(Map.of(), List.of("--http-port"), "缺少取值", "--http-port");
    assertMessage(Map.of(), List.of("--http-port", "--grpc-port", "1"), "缺少取值", "--http-port");
  }

  @Test
  void should_default_and_read_the_reminder_settings() {
    ServerConfig d = ServerConfig.from(Map.of(), List.of());
    assertEquals(Duration.ofSeconds(1), d.reminderPoll());
    assertEquals("https://api.weixin.qq.com", d.wechatApiBase());
    assertEquals("", d.wechatAppId());
    assertEquals(List.of(), d.webhookAllowHosts());
    ServerConfig c =
        ServerConfig.from(
            Map.of(
                "CR_REMINDER_POLL_MS",
                "250",
                "CR_WECHAT_API_BASE",
                "http://127.0.0.1:9999/",
                "CR_WECHAT_APP_ID",
                "wx123",
                "CR_WECHAT_APP_SECRET",
                "s3cret",
                "CR_WECHAT_TEMPLATE_ID",
                "tpl-1",
                "CR_WEBHOOK_ALLOW_HOSTS",
                "127.0.0.1, Hooks.Example.com ,*"),
            List.of("--reminder-poll-ms", "500"));
    assertEquals(Duration.ofMillis(500), c.reminderPoll());
    assertEquals("http://127.0.0.1:9999", c.wechatApiBase());
    assertEquals("wx123", c.wechatAppId());
    assertEquals("s3cret", c.wechatAppSecret());
    assertEquals("tpl-1", c.wechatTemplateId());
    assertEquals(List.of("127.0.0.1", "hooks.example.com", "*"), c.webhookAllowHosts());
  }

  @Test
  void should_refuse_bad_reminder_settings() {
    assertMessage(Map.of("CR_REMINDER_POLL_MS", "0"), List.of(), "CR_REMINDER_POLL_MS", "\"0\"");
    assertMessage(Map.of("CR_WECHAT_API_BASE", "ftp://x"), List.of(), "CR_WECHAT_API_BASE");
    assertMessage(Map.of("CR_WEBHOOK_ALLOW_HOSTS", "a b"), List.of(), "CR_WEBHOOK_ALLOW_HOSTS");
  }

  private static void assertMessage(
      Map<String, String> env, List<String> args, String... fragments) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.from(env, args));
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "message \"" + e.getMessage() + "\" lacks " + f);
    }
  }

  @Test
  void should_default_to_no_model_and_check_model_settings() {
    assertEquals(false, ServerConfig.from(Map.of(), List.of()).llm().configured());
    ServerConfig ollama =
        ServerConfig.from(
            Map.of("CR_LLM_PROVIDER", "ollama", "CR_LLM_MODEL", "qwen2.5:7b"), List.of());
    assertEquals("http://127.0.0.1:11434/v1", ollama.llm().baseUrl());
    ServerConfig openai =
        ServerConfig.from(
            Map.of(),
            List.of(
                "--llm-provider=openai",
                "--llm-base-url=http://127.0.0.1:8000/v1",
                "--llm-model=qwen-plus",
                "--llm-api-key=secret"));
    assertEquals("qwen-plus", openai.llm().model());
    assertEquals(false, openai.llm().toString().contains("secret"), "the key is never printed");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ServerConfig.from(Map.of("CR_LLM_PROVIDER", "openai"), List.of()));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ServerConfig.from(Map.of("CR_LLM_PROVIDER", "gpt"), List.of()));
  }
}
