-- 定时入队 (schedule or replace an item), atomic.
-- KEYS: 1 due (zset), 2 leased (zset), 3 dead (zset), 4 items (hash, fields <f>:<id>)
-- ARGV: 1 id, 2 due at (ms), 3 payload, 4 max attempts
local id = ARGV[1]
redis.call('ZREM', KEYS[2], id)
redis.call('ZREM', KEYS[3], id)
redis.call('HDEL', KEYS[4], 'o:' .. id, 'r:' .. id)
redis.call('HSET', KEYS[4], 'p:' .. id, ARGV[3], 'a:' .. id, '0', 'm:' .. id, ARGV[4])
redis.call('ZADD', KEYS[1], ARGV[2], id)
return 1
