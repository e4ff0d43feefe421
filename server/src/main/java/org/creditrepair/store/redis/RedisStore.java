package org.creditrepair.store.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.store.Claim;
import org.creditrepair.store.DeadLetter;
import org.creditrepair.store.Document;
import org.creditrepair.store.DocumentChange;
import org.creditrepair.store.Idempotency;
import org.creditrepair.store.LogEntry;
import org.creditrepair.store.NackResult;
import org.creditrepair.store.NewDocument;
import org.creditrepair.store.Scheduled;
import org.creditrepair.store.Store;
import org.creditrepair.store.StoreNames;
import org.creditrepair.store.Written;
import org.creditrepair.store.redis.RedisScripts.Script;

/**
 * Redis 存储：the shared {@link Store} through Lettuce; every multi-key write is one Lua script, so
 * several servers over one Redis keep compare-and-set, idempotency and exclusive claims.
 *
 * <p>Refuses a server without {@code appendonly yes} and {@code appendfsync always} (see {@link
 * RedisPersistence}). One thread-safe connection serves all callers; every command has a deadline
 * (the URL's {@code timeout}, else {@link #DEFAULT_TIMEOUT}).
 */
public final class RedisStore implements Store {
  /** The command deadline when the URL names none. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final ClientResources resources;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisCommands<String, String> commands;
  private final Clock clock;
  private final RedisDocuments documents;
  private final RedisQueue queue;
  private final RedisScripts scripts;

  private RedisStore(
      ClientResources resources,
      RedisClient client,
      StatefulRedisConnection<String, String> connection,
      Clock clock) {
    this.resources = resources;
    this.client = client;
    this.connection = connection;
    this.commands = connection.sync();
    this.clock = clock;
    this.scripts = new RedisScripts(commands);
    this.documents = new RedisDocuments(commands, scripts);
    this.queue = new RedisQueue(scripts);
  }

  /**
   * Connects to {@code url} ({@code redis://[user:password@]host:port[/db]}, or {@code rediss://}),
   * checks its persistence settings and returns the store; throws IllegalStateException if Redis is
   * unreachable or not durable.
   */
  public static RedisStore connect(String url, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    RedisURI uri = RedisURI.create(url);
    if (uri.getTimeout().equals(RedisURI.DEFAULT_TIMEOUT_DURATION)) {
      uri.setTimeout(DEFAULT_TIMEOUT);
    }
    String where = uri.getHost() + ":" + uri.getPort();
    ClientResources resources =
        DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
    RedisClient client = RedisClient.create(resources, uri);
    client.setOptions(
        ClientOptions.builder()
            .timeoutOptions(TimeoutOptions.enabled(uri.getTimeout()))
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .build());
    StatefulRedisConnection<String, String> connection;
    try {
      connection = client.connect();
    } catch (RedisException e) {
      shutdown(client, resources);
      throw new IllegalStateException("无法连接 Redis " + where + "：" + e.getMessage(), e);
    }
    try {
      RedisPersistence.check(connection.sync(), where);
    } catch (RuntimeException e) {
      connection.close();
      shutdown(client, resources);
      throw e;
    }
    return new RedisStore(resources, client, connection, clock);
  }

  @Override
  public Written create(NewDocument document, Idempotency idempotency) {
    return call(() -> documents.create(document, idempotency, clock.millis()));
  }

  @Override
  public Optional<Document> get(String collection, String id) {
    return call(() -> documents.get(collection, id));
  }

  @Override
  public Written update(DocumentChange change, Idempotency idempotency) {
    return call(() -> documents.update(change, idempotency, clock.millis()));
  }

  @Override
  public List<Document> list(String collection, String tenant, Optional<String> status, int limit) {
    return call(() -> documents.list(collection, tenant, status, limit));
  }

  @Override
  public long append(String log, String entry) {
    StoreNames.name("log", log);
    Objects.requireNonNull(entry, "entry");
    return call(() -> commands.rpush(RedisKeys.log(log), clock.millis() + ":" + entry));
  }

  @Override
  public List<LogEntry> read(String log, long fromSeq, int limit) {
    StoreNames.name("log", log);
    StoreNames.limit(limit);
    long from = Math.max(1, fromSeq);
    List<String> raw = call(() -> commands.lrange(RedisKeys.log(log), from - 1, from + limit - 2));
    List<LogEntry> entries = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      int colon = s.indexOf(':');
      entries.add(
          new LogEntry(
              from + i,
              Instant.ofEpochMilli(Long.parseLong(s.substring(0, colon))),
              s.substring(colon + 1)));
    }
    return entries;
  }

  @Override
  public void push(String list, String item, int maxLength) {
    StoreNames.name("list", list);
    Objects.requireNonNull(item, "item");
    StoreNames.limit(maxLength);
    call(
        () ->
            scripts.run(
                Script.PUSH,
                ScriptOutputType.INTEGER,
                new String[] {RedisKeys.list(list)},
                item,
                Integer.toString(maxLength)));
  }

  @Override
  public List<String> range(String list) {
    StoreNames.name("list", list);
    return call(() -> commands.lrange(RedisKeys.list(list), -MAX_PAGE, -1));
  }

  @Override
  public void schedule(Scheduled item) {
    call(
        () -> {
          queue.schedule(item);
          return null;
        });
  }

  @Override
  public boolean cancel(String queueName, String id) {
    return call(() -> queue.cancel(queueName, id));
  }

  @Override
  public List<Claim> claim(String queueName, String owner, Duration lease, int max) {
    return call(() -> queue.claim(queueName, owner, lease, max, clock.millis()));
  }

  @Override
  public boolean ack(Claim claim) {
    return call(() -> queue.ack(claim));
  }

  @Override
  public NackResult nack(Claim claim, Instant retryAt, String reason) {
    return call(() -> queue.nack(claim, retryAt, reason, clock.millis()));
  }

  @Override
  public List<DeadLetter> deadLetters(String queueName, int limit) {
    return call(() -> queue.deadLetters(queueName, limit));
  }

  @Override
  public void close() {
    connection.close();
    shutdown(client, resources);
  }

  /**
   * Runs a command: an error reply becomes INTERNAL; connection loss, rejection while disconnected
   * and timeouts become UPSTREAM_UNAVAILABLE (the write may or may not have happened: retry with
   * the same idempotency key).
   */
  private static <T> T call(Supplier<T> command) {
    try {
      return command.get();
    } catch (RedisCommandExecutionException e) {
      throw new CreditRepairException(ErrorCode.INTERNAL, "Redis 存储操作失败", Map.of(), e);
    } catch (RedisException e) {
      throw new CreditRepairException(
          ErrorCode.UPSTREAM_UNAVAILABLE, "Redis 暂时不可用，请稍后再试", Map.of(), e);
    }
  }

  private static void shutdown(RedisClient client, ClientResources resources) {
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
