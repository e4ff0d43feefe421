-- 有界列表 (push, then trim to the newest N), atomic.
-- KEYS: 1 list; ARGV: 1 item, 2 max length
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
return 1
