-- 租户列表 (a tenant's documents, newest first), read-only.
-- KEYS: 1 index (zset of ids scored by creation time); ARGV: 1 limit, 2 key prefix of documents
-- The documents are read by prefix + id: same hash tag {collection}, so the same slot as KEYS[1].
-- Returns a flat list: id, tenant, status, version, body, created, updated; repeated per document.
local ids = redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
local out = {}
for _, id in ipairs(ids) do
  local r = redis.call('HMGET', ARGV[2] .. id, 'tenant', 'status', 'version', 'body', 'created',
    'updated')
  if r[1] then
    table.insert(out, id)
    for j = 1, 6 do
      table.insert(out, r[j])
    end
  end
end
return out
