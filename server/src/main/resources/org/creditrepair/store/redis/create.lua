-- 创建文档 (create-if-absent with an optional idempotency key), atomic.
-- KEYS: 1 document hash, 2 tenant index (zset), 3 tenant+status index (zset), [4 idempotency hash]
-- ARGV: 1 id, 2 tenant, 3 status, 4 body, 5 now (ms), 6 fingerprint
-- Returns {'CREATED'|'REPLAYED', id, status, version, body, created, updated} or {'EXISTS'} or {'REUSED'}.
if #KEYS == 4 then
  local fp = redis.call('HGET', KEYS[4], 'fp')
  if fp then
    if fp ~= ARGV[6] then
      return {'REUSED'}
    end
    local r = redis.call('HMGET', KEYS[4], 'id', 'status', 'version', 'body', 'created', 'updated')
    return {'REPLAYED', r[1], r[2], r[3], r[4], r[5], r[6]}
  end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return {'EXISTS'}
end
redis.call('HSET', KEYS[1], 'tenant', ARGV[2], 'status', ARGV[3], 'version', '1', 'body', ARGV[4],
  'created', ARGV[5], 'updated', ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1])
if #KEYS == 4 then
  redis.call('HSET', KEYS[4], 'fp', ARGV[6], 'id', ARGV[1], 'status', ARGV[3], 'version', '1',
    'body', ARGV[4], 'created', ARGV[5], 'updated', ARGV[5])
end
return {'CREATED', ARGV[1], ARGV[3], '1', ARGV[4], ARGV[5], ARGV[5]}
