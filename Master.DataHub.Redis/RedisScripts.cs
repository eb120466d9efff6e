namespace Master.DataHub.Redis;

/// <summary>
/// The Lua scripts behind every state change. A script runs atomically in Redis, so each transition is one step for all
/// instances, and it publishes its change in the same step: the feed carries changes in exactly the order they happened.
/// Every script takes the key prefix as ARGV[1] and the hub's clock (microseconds) as ARGV[2]; key names are built from
/// the prefix, so the hub needs one Redis primary (not Redis Cluster).
/// </summary>
internal static class RedisScripts
{
    private const string Prelude = """
        local P = ARGV[1]
        local now = ARGV[2]
        local nowN = tonumber(now)
        local function num(x) return string.format('%.0f', x) end
        local function ckey(id) return P .. 'command:' .. id end
        local last_change = false
        local function publish(message)
          last_change = redis.call('INCR', P .. 'changes:sequence')
          message.n = tostring(last_change)
          redis.call('PUBLISH', P .. 'changes', cjson.encode(message))
        end
        local function publish_command(id)
          local f = redis.call('HGETALL', ckey(id))
          local m = { t = 'command', at = now }
          for i = 1, #f, 2 do m[f[i]] = f[i + 1] end
          publish(m)
        end
        local function set_status(id, status, extra)
          redis.call('HINCRBY', ckey(id), 'rev', 1)
          redis.call('HSET', ckey(id), 'status', status, unpack(extra))
          publish_command(id)
        end
        local function finish(id, status, retention, extra)
          table.insert(extra, 'fin')
          table.insert(extra, now)
          redis.call('ZREM', P .. 'commands:pending', id)
          redis.call('ZREM', P .. 'commands:dispatched', id)
          set_status(id, status, extra)
          local done = P .. 'commands:finished'
          redis.call('RPUSH', done, id)
          while redis.call('LLEN', done) > retention do
            local old = redis.call('LPOP', done)
            redis.call('DEL', ckey(old))
            redis.call('ZREM', P .. 'commands', old)
          end
        end
        local function unqueue(id)
          redis.call('LREM', P .. 'queue:' .. redis.call('HGET', ckey(id), 'queue'), 0, id)
        end

        """;

    /// <summary>ARGV 3 id, 4 creation JSON, 5 queue name, 6 expiry, 7 result timeout, 8 revision. 0 when the id exists.</summary>
    public static readonly string Enqueue = Script("""
        local id = ARGV[3]
        if redis.call('EXISTS', ckey(id)) == 1 then return 0 end
        local seq = redis.call('INCR', P .. 'commands:sequence')
        redis.call('HSET', ckey(id), 'c', ARGV[4], 'status', 'pending', 'rev', ARGV[8], 'seq', seq, 'queue', ARGV[5],
          'exp', ARGV[6], 'rto', ARGV[7])
        redis.call('ZADD', P .. 'commands', seq, id)
        redis.call('ZADD', P .. 'commands:pending', ARGV[6], id)
        publish_command(id)
        redis.call('RPUSH', P .. 'queue:' .. ARGV[5], id)
        redis.call('PUBLISH', P .. 'wake', ARGV[5])
        return 1
        """);

    /// <summary>
    /// ARGV 3 id, 4 creation JSON, 5 queue name, 6 expiry, 7 result timeout, 8 status, 9 revision, 10 dispatched at
    /// (empty when pending). 0 when the id exists. Publishes no change.
    /// </summary>
    public static readonly string Restore = Script("""
        local id = ARGV[3]
        if redis.call('EXISTS', ckey(id)) == 1 then return 0 end
        local seq = redis.call('INCR', P .. 'commands:sequence')
        redis.call('HSET', ckey(id), 'c', ARGV[4], 'status', ARGV[8], 'rev', ARGV[9], 'seq', seq, 'queue', ARGV[5],
          'exp', ARGV[6], 'rto', ARGV[7])
        redis.call('ZADD', P .. 'commands', seq, id)
        if ARGV[8] == 'dispatched' then
          redis.call('HSET', ckey(id), 'disp', ARGV[10])
          redis.call('ZADD', P .. 'commands:dispatched', num(tonumber(ARGV[10]) + tonumber(ARGV[7])), id)
        else
          redis.call('ZADD', P .. 'commands:pending', ARGV[6], id)
          redis.call('RPUSH', P .. 'queue:' .. ARGV[5], id)
          redis.call('PUBLISH', P .. 'wake', ARGV[5])
        end
        return 1
        """);

    /// <summary>
    /// ARGV 3 queue name, 4 retention. Takes the head and marks it dispatched; heads past their expiry become expired on
    /// the way. Returns the taken command's fields, or nil.
    /// </summary>
    public static readonly string Take = Script("""
        local queue = P .. 'queue:' .. ARGV[3]
        while true do
          local id = redis.call('LPOP', queue)
          if not id then return false end
          local fields = redis.call('HMGET', ckey(id), 'status', 'exp', 'rto')
          if fields[1] == 'pending' then
            if nowN >= tonumber(fields[2]) then
              finish(id, 'expired', tonumber(ARGV[4]), {})
            else
              redis.call('ZREM', P .. 'commands:pending', id)
              redis.call('ZADD', P .. 'commands:dispatched', num(nowN + tonumber(fields[3])), id)
              set_status(id, 'dispatched', { 'disp', now })
              return redis.call('HGETALL', ckey(id))
            end
          end
        end
        """);

    /// <summary>ARGV 3… queue names. Returns those holding at least one command, so a re-check is one call, not one per queue.</summary>
    public static readonly string NonEmptyQueues = Script("""
        local found = {}
        for i = 3, #ARGV do
          if redis.call('LLEN', P .. 'queue:' .. ARGV[i]) > 0 then table.insert(found, ARGV[i]) end
        end
        return found
        """);

    /// <summary>ARGV 3 id. Puts a dispatched command back at the head of its queue as pending; 0 when not dispatched.</summary>
    public static readonly string Return = Script("""
        local id = ARGV[3]
        local k = ckey(id)
        if redis.call('HGET', k, 'status') ~= 'dispatched' then return 0 end
        redis.call('HDEL', k, 'disp')
        redis.call('ZREM', P .. 'commands:dispatched', id)
        redis.call('ZADD', P .. 'commands:pending', redis.call('HGET', k, 'exp'), id)
        set_status(id, 'pending', {})
        local queue = redis.call('HGET', k, 'queue')
        redis.call('LPUSH', P .. 'queue:' .. queue, id)
        redis.call('PUBLISH', P .. 'wake', queue)
        return 1
        """);

    /// <summary>
    /// ARGV 3 id, 4 "1" for success, 5 result JSON, 6 retention. The status is the compare-and-set: returns recorded,
    /// late, duplicate, ignored or unknown.
    /// </summary>
    public static readonly string Complete = Script("""
        local id = ARGV[3]
        local k = ckey(id)
        local status = redis.call('HGET', k, 'status')
        if not status then return 'unknown' end
        if status == 'pending' or status == 'dispatched' then
          if status == 'pending' then unqueue(id) end
          finish(id, ARGV[4] == '1' and 'succeeded' or 'failed', tonumber(ARGV[6]), { 'res', ARGV[5] })
          return 'recorded'
        end
        if status == 'timeout' and redis.call('HEXISTS', k, 'late') == 0 then
          set_status(id, 'timeout', { 'late', ARGV[5] })
          return 'late'
        end
        if status == 'succeeded' or status == 'failed' or status == 'timeout' then return 'duplicate' end
        return 'ignored'
        """);

    /// <summary>ARGV 3 id, 4 retention. Returns cancelled, notpending or unknown.</summary>
    public static readonly string Cancel = Script("""
        local id = ARGV[3]
        local status = redis.call('HGET', ckey(id), 'status')
        if not status then return 'unknown' end
        if status ~= 'pending' then return 'notpending' end
        unqueue(id)
        finish(id, 'cancelled', tonumber(ARGV[4]), {})
        return 'cancelled'
        """);

    /// <summary>
    /// ARGV 3 retention, 4 most commands to change. Pending past expiry become expired, dispatched past their result
    /// deadline timeout. Returns the changed commands' fields.
    /// </summary>
    public static readonly string SweepCommands = Script("""
        local changed = {}
        local retention = tonumber(ARGV[3])
        for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'commands:pending', '-inf', now, 'LIMIT', 0, ARGV[4])) do
          unqueue(id)
          finish(id, 'expired', retention, {})
          table.insert(changed, redis.call('HGETALL', ckey(id)))
        end
        for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'commands:dispatched', '-inf', now, 'LIMIT', 0, ARGV[4])) do
          finish(id, 'timeout', retention, {})
          table.insert(changed, redis.call('HGETALL', ckey(id)))
        end
        return changed
        """);

    /// <summary>Returns the fields of every command the hub holds, in enqueue order.</summary>
    public static readonly string ListCommands = Script("""
        local all = {}
        for _, id in ipairs(redis.call('ZRANGE', P .. 'commands', 0, -1)) do
          local f = redis.call('HGETALL', ckey(id))
          if #f > 0 then table.insert(all, f) end
        end
        return all
        """);

    /// <summary>
    /// ARGV 3 cluster id, 4 contact field (hb or snap), 5 report JSON, 6 offline cutoff (now − heartbeat timeout).
    /// Returns { what happened (registered, back, none), the agent's fields }.
    /// </summary>
    public static readonly string RecordContact = Script("""
        local id = ARGV[3]
        local k = P .. 'agent:' .. id
        local happened = 'none'
        local fields = redis.call('HMGET', k, 'online', 'last')
        if not fields[1] then
          redis.call('HSET', k, 'first', now)
          publish({ t = 'agent.online', cl = id, at = now })
          happened = 'registered'
        else
          local online = fields[1]
          if online == '1' and tonumber(fields[2]) < tonumber(ARGV[6]) then
            publish({ t = 'agent.offline', cl = id, at = now, seen = fields[2] })
            online = '0'
          end
          if online == '0' then
            publish({ t = 'agent.online', cl = id, at = now })
            happened = 'back'
          end
        end
        redis.call('HSET', k, 'last', now, 'online', '1', ARGV[4], now, 'report', ARGV[5])
        redis.call('ZADD', P .. 'agents', now, id)
        return { happened, redis.call('HGETALL', k) }
        """);

    /// <summary>ARGV 3 offline cutoff. Marks offline every online agent last seen before it; returns their fields.</summary>
    public static readonly string SweepAgents = Script("""
        local offline = {}
        for _, id in ipairs(redis.call('ZRANGEBYSCORE', P .. 'agents', '-inf', '(' .. ARGV[3])) do
          local k = P .. 'agent:' .. id
          if redis.call('HGET', k, 'online') == '1' then
            redis.call('HSET', k, 'online', '0')
            publish({ t = 'agent.offline', cl = id, at = now, seen = redis.call('HGET', k, 'last') })
            local f = redis.call('HGETALL', k)
            table.insert(f, 'id')
            table.insert(f, id)
            table.insert(offline, f)
          end
        end
        return offline
        """);

    /// <summary>Returns the fields of every agent.</summary>
    public static readonly string ListAgents = Script("""
        local all = {}
        for _, id in ipairs(redis.call('ZRANGE', P .. 'agents', 0, -1)) do
          local f = redis.call('HGETALL', P .. 'agent:' .. id)
          table.insert(f, 'id')
          table.insert(f, id)
          table.insert(all, f)
        end
        return all
        """);

    /// <summary>ARGV 3 cluster id, 4 content hash, 5 compressed snapshot. Returns the new version.</summary>
    public static readonly string SetSnapshot = Script("""
        local id = ARGV[3]
        local k = P .. 'snapshot:' .. id
        local version = redis.call('HINCRBY', k, 'v', 1)
        redis.call('HSET', k, 'at', now, 'hash', ARGV[4], 'data', ARGV[5])
        publish({ t = 'snapshot.updated', cl = id, at = now, v = tostring(version) })
        return version
        """);

    /// <summary>ARGV 3 cluster id, 4 retention. Returns { 1 when the cluster was known, queued commands expired }.</summary>
    public static readonly string RemoveCluster = Script("""
        local id = ARGV[3]
        local known = redis.call('DEL', P .. 'snapshot:' .. id, P .. 'agent:' .. id)
        redis.call('ZREM', P .. 'agents', id)
        local expired = 0
        for _, topic in ipairs({ 'ops', 'ai' }) do
          local queue = P .. 'queue:' .. topic .. ':' .. id
          local ids = redis.call('LRANGE', queue, 0, -1)
          redis.call('DEL', queue)
          for _, commandId in ipairs(ids) do
            if redis.call('HGET', ckey(commandId), 'status') == 'pending' then
              finish(commandId, 'expired', tonumber(ARGV[4]), {})
              expired = expired + 1
            end
          end
        end
        if known == 0 and expired == 0 then return { 0, 0 } end
        publish({ t = 'cluster.removed', cl = id, at = now })
        return { 1, expired }
        """);

    /// <summary>ARGV 3 lease name, 4 holder, 5 held until, 6 key lifetime in ms. 1 when the holder has the lease now.</summary>
    public static readonly string AcquireLease = Script("""
        local k = P .. 'lease:' .. ARGV[3]
        local lease = redis.call('HMGET', k, 'holder', 'until')
        if lease[1] and lease[1] ~= ARGV[4] and tonumber(lease[2]) > nowN then return 0 end
        redis.call('HSET', k, 'holder', ARGV[4], 'until', ARGV[5])
        redis.call('PEXPIRE', k, ARGV[6])
        return 1
        """);

    /// <summary>Every script, to load when connecting.</summary>
    public static IReadOnlyList<string> All => [Enqueue, Restore, Take, NonEmptyQueues, Return, Complete, Cancel, SweepCommands, ListCommands, RecordContact, SweepAgents, ListAgents, SetSnapshot, RemoveCluster, AcquireLease];

    /// <summary>
    /// Wraps a script body: it runs as a function after the prelude, and the script returns { the sequence number of the
    /// last change it published (nil when none), the body's result }, so the caller can wait until its own instance's
    /// subscribers have the change.
    /// </summary>
    private static string Script(string body) =>
        Prelude + "local function body()\n" + body + "\nend\nlocal result = body()\nreturn { last_change, result }\n";
}
