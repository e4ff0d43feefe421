-- 领取 (claim due items with a lease), atomic: no two claimants get the same item while leased.
-- KEYS: 1 due, 2 leased, 3 dead, 4 items
-- ARGV: 1 owner, 2 now (ms), 3 lease until (ms), 4 max items, 5 reason for a dead letter by lease
--       expiry
-- Returns a flat list: id, payload, attempt, max attempts; repeated per item.
local now = ARGV[2]
-- Leases that ended: the last attempt becomes a dead letter, the others are due again.
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'WITHSCORES', 'LIMIT', 0, 1000)
for i = 1, #expired, 2 do
  local id, leaseEnd = expired[i], expired[i + 1]
  redis.call('ZREM', KEYS[2], id)
  redis.call('HDEL', KEYS[4], 'o:' .. id)
  local a = tonumber(redis.call('HGET', KEYS[4], 'a:' .. id))
  local m = tonumber(redis.call('HGET', KEYS[4], 'm:' .. id))
  if a >= m then
    redis.call('HSET', KEYS[4], 'r:' .. id, ARGV[5])
    redis.call('ZADD', KEYS[3], now, id)
  else
    redis.call('ZADD', KEYS[1], leaseEnd, id)
  end
end
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[4]))
local out = {}
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[1], id)
  local attempt = redis.call('HINCRBY', KEYS[4], 'a:' .. id, 1)
  redis.call('HSET', KEYS[4], 'o:' .. id, ARGV[1])
  redis.call('ZADD', KEYS[2], ARGV[3], id)
  local r = redis.call('HMGET', KEYS[4], 'p:' .. id, 'm:' .. id)
  table.insert(out, id)
  table.insert(out, r[1])
  table.insert(out, tostring(attempt))
  table.insert(out, r[2])
end
return out
