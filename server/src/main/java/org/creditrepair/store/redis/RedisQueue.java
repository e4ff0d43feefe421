package org.creditrepair.store.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.creditrepair.store.Claim;
import org.creditrepair.store.DeadLetter;
import org.creditrepair.store.NackResult;
import org.creditrepair.store.Scheduled;
import org.creditrepair.store.StoreNames;
import org.creditrepair.store.redis.RedisScripts.Script;

/**
 * Redis 定时队列：per queue a due set, a leased set (scored by lease end), a dead set and one hash of
 * item fields; every transition is one Lua script, so claims are exclusive across servers.
 */
final class RedisQueue {
  private final RedisScripts scripts;

  RedisQueue(RedisScripts scripts) {
    this.scripts = scripts;
  }

  void schedule(Scheduled item) {
    scripts.run(
        Script.SCHEDULE,
        ScriptOutputType.INTEGER,
        RedisKeys.queue(item.queue()),
        item.id(),
        Long.toString(item.dueAt().toEpochMilli()),
        item.payload(),
        Integer.toString(item.maxAttempts()));
  }

  boolean cancel(String queue, String id) {
    Long removed =
        scripts.run(
            Script.CANCEL,
            ScriptOutputType.INTEGER,
            RedisKeys.queue(StoreNames.name("queue", queue)),
            StoreNames.id("id", id));
    return removed > 0;
  }

  List<Claim> claim(String queue, String owner, Duration lease, int max, long now) {
    StoreNames.name("queue", queue);
    StoreNames.key("owner", owner);
    StoreNames.limit(max);
    long until = now + StoreNames.leaseMillis(lease);
    List<Object> r =
        scripts.run(
            Script.CLAIM,
            ScriptOutputType.MULTI,
            RedisKeys.queue(queue),
            owner,
            Long.toString(now),
            Long.toString(until),
            Integer.toString(max),
            DeadLetter.LEASE_EXPIRED);
    List<Claim> claims = new ArrayList<>(r.size() / 4);
    for (int i = 0; i + 3 < r.size(); i += 4) {
      claims.add(
          new Claim(
              queue,
              (String) r.get(i),
              (String) r.get(i + 1),
              Integer.parseInt((String) r.get(i + 2)),
              Integer.parseInt((String) r.get(i + 3)),
              owner,
              Instant.ofEpochMilli(until)));
    }
    return claims;
  }

  boolean ack(Claim claim) {
    Long held =
        scripts.run(
            Script.ACK,
            ScriptOutputType.INTEGER,
            RedisKeys.queue(claim.queue()),
            claim.id(),
            claim.owner(),
            Integer.toString(claim.attempt()));
    return held == 1;
  }

  NackResult nack(Claim claim, Instant retryAt, String reason, long now) {
    Objects.requireNonNull(retryAt, "retryAt");
    Objects.requireNonNull(reason, "reason");
    String result =
        scripts.run(
            Script.NACK,
            ScriptOutputType.VALUE,
            RedisKeys.queue(claim.queue()),
            claim.id(),
            claim.owner(),
            Integer.toString(claim.attempt()),
            Long.toString(retryAt.toEpochMilli()),
            reason,
            Long.toString(now));
    return NackResult.valueOf(result);
  }

  List<DeadLetter> deadLetters(String queue, int limit) {
    StoreNames.name("queue", queue);
    StoreNames.limit(limit);
    String[] keys = RedisKeys.queue(queue);
    List<Object> r =
        scripts.run(
            Script.DEAD,
            ScriptOutputType.MULTI,
            new String[] {keys[2], keys[3]},
            Integer.toString(limit));
    List<DeadLetter> dead = new ArrayList<>(r.size() / 5);
    for (int i = 0; i + 4 < r.size(); i += 5) {
      dead.add(
          new DeadLetter(
              queue,
              (String) r.get(i),
              (String) r.get(i + 1),
              Integer.parseInt((String) r.get(i + 2)),
              (String) r.get(i + 3),
              Instant.ofEpochMilli((long) Double.parseDouble((String) r.get(i + 4)))));
    }
    return dead;
  }
}
