-- 失败回报 (nack a held claim: retry later, or dead-letter after the last attempt), atomic.
-- KEYS: 1 due, 2 leased, 3 dead, 4 items
-- ARGV: 1 id, 2 owner, 3 attempt, 4 retry at (ms), 5 reason, 6 now (ms)
-- Returns 'RETRY_SCHEDULED', 'DEAD_LETTERED' or 'NOT_HELD'.
local id = ARGV[1]
if not redis.call('ZSCORE', KEYS[2], id) then
  return 'NOT_HELD'
end
local r = redis.call('HMGET', KEYS[4], 'o:' .. id, 'a:' .. id, 'm:' .. id)
if r[1] ~= ARGV[2] or r[2] ~= ARGV[3] then
  return 'NOT_HELD'
end
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[4], 'o:' .. id)
redis.call('HSET', KEYS[4], 'r:' .. id, ARGV[5])
if tonumber(r[2]) >= tonumber(r[3]) then
  redis.call('ZADD', KEYS[3], ARGV[6], id)
  return 'DEAD_LETTERED'
end
redis.call('ZADD', KEYS[1], ARGV[4], id)
return 'RETRY_SCHEDULED'
