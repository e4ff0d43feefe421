-- 确认 (ack a held claim: remove the item), atomic.
-- KEYS: 1 due, 2 leased, 3 dead, 4 items; ARGV: 1 id, 2 owner, 3 attempt
-- Returns 1 when the claim was held, else 0.
local id = ARGV[1]
if not redis.call('ZSCORE', KEYS[2], id) then
  return 0
end
local r = redis.call('HMGET', KEYS[4], 'o:' .. id, 'a:' .. id)
if r[1] ~= ARGV[2] or r[2] ~= ARGV[3] then
  return 0
end
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[4], 'p:' .. id, 'a:' .. id, 'm:' .. id, 'o:' .. id, 'r:' .. id)
return 1
