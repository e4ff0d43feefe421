-- 死信列表 (dead letters, most recent first), read-only.
-- KEYS: 1 dead, 2 items; ARGV: 1 limit
-- Returns a flat list: id, payload, attempts, reason, dead at; repeated per item.
local ids = redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1, 'WITHSCORES')
local out = {}
for i = 1, #ids, 2 do
  local id = ids[i]
  local r = redis.call('HMGET', KEYS[2], 'p:' .. id, 'a:' .. id, 'r:' .. id)
  table.insert(out, id)
  table.insert(out, r[1])
  table.insert(out, r[2])
  table.insert(out, r[3] or '')
  table.insert(out, ids[i + 1])
end
return out
