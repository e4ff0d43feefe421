-- 取消 (remove an item wherever it is), atomic.
-- KEYS: 1 due, 2 leased, 3 dead, 4 items; ARGV: 1 id
local id = ARGV[1]
local n = redis.call('ZREM', KEYS[1], id) + redis.call('ZREM', KEYS[2], id)
  + redis.call('ZREM', KEYS[3], id)
redis.call('HDEL', KEYS[4], 'p:' .. id, 'a:' .. id, 'm:' .. id, 'o:' .. id, 'r:' .. id)
return n
