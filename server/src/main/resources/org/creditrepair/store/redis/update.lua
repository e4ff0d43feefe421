-- 更新文档 (compare-and-set by expected version, optional idempotency key), atomic.
-- KEYS: 1 document hash, 2 old tenant+status index, 3 new tenant+status index, [4 idempotency hash]
-- ARGV: 1 id, 2 expected version, 3 expected (old) status, 4 new status, 5 body, 6 now (ms),
--       7 fingerprint
-- Returns {'UPDATED'|'REPLAYED', id, status, version, body, created, updated},
-- {'NOT_FOUND'}, {'CONFLICT', current version} or {'REUSED'}.
if #KEYS == 4 then
  local fp = redis.call('HGET', KEYS[4], 'fp')
  if fp then
    if fp ~= ARGV[7] then
      return {'REUSED'}
    end
    local r = redis.call('HMGET', KEYS[4], 'id', 'status', 'version', 'body', 'created', 'updated')
    return {'REPLAYED', r[1], r[2], r[3], r[4], r[5], r[6]}
  end
end
local cur = redis.call('HMGET', KEYS[1], 'version', 'status', 'created')
if not cur[1] then
  return {'NOT_FOUND'}
end
-- The caller read the status with the version; a status change always bumps the version.
if cur[1] ~= ARGV[2] or cur[2] ~= ARGV[3] then
  return {'CONFLICT', cur[1]}
end
local version = tostring(tonumber(cur[1]) + 1)
redis.call('HSET', KEYS[1], 'status', ARGV[4], 'version', version, 'body', ARGV[5],
  'updated', ARGV[6])
if KEYS[2] ~= KEYS[3] then
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('ZADD', KEYS[3], cur[3], ARGV[1])
end
if #KEYS == 4 then
  redis.call('HSET', KEYS[4], 'fp', ARGV[7], 'id', ARGV[1], 'status', ARGV[4], 'version', version,
    'body', ARGV[5], 'created', cur[3], 'updated', ARGV[6])
end
return {'UPDATED', ARGV[1], ARGV[4], version, ARGV[5], cur[3], ARGV[6]}
