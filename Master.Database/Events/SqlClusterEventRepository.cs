using System.Data.Common;
using System.Globalization;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;
using Master.Database.Schema;

namespace Master.Database.Events;

/// <summary>
/// The event history on the <c>cluster_events</c> table. Upserts go in batches of <see cref="BatchSize"/> events, each
/// one atomic: a multi-row statement on the server engines, a prepared statement in a transaction on SQLite.
/// </summary>
internal sealed class SqlClusterEventRepository : IClusterEventRepository
{
    // 17 parameters a row keep a batch (8,500) far below the lowest bind limit of the engines (SQLite's 32766).
    internal const int BatchSize = 500;

    // Kubernetes allows longer reasons and sources than a VARCHAR(255) holds; cutting them beats losing the batch.
    private const int MaxStringLength = 255;

    private const string Select = """
        SELECT id, cluster_id, event_uid, involved_kind, involved_namespace, involved_name, reason, event_type, source, message,
            event_count, first_timestamp, last_timestamp, involved_uid, node
        FROM cluster_events
        """;

    private static readonly string[] Columns =
    [
        "cluster_id", "dedup_key", "event_uid", "involved_kind", "involved_namespace", "involved_name", "involved_uid", "node", "reason",
        "event_type", "source", "message", "event_count", "first_timestamp", "last_timestamp", "created_at", "updated_at",
    ];

    // The agent reports the cumulative count, so a re-sent event sets it; the first timestamp is the first one recorded.
    // Node and involved uid are what the agent reports now: an event without a uid keeps its row when its pod moves.
    private static readonly string[] UpdatedColumns = ["event_count", "last_timestamp", "message", "involved_uid", "node", "updated_at"];

    // Most events of a snapshot repeat the previous one unchanged: those rows are not written again at all.
    private static readonly string[] ChangeColumns = [.. UpdatedColumns.Except(["updated_at"])];

    private readonly DatabaseEngine _engine;
    private readonly TimeProvider _timeProvider;
    private readonly BatchedUpsert _upsert;

    public SqlClusterEventRepository(DatabaseEngine engine, TimeProvider timeProvider)
    {
        _engine = engine;
        _timeProvider = timeProvider;
        _upsert = new BatchedUpsert(engine, "cluster_events", Columns, ["cluster_id", "dedup_key"], UpdatedColumns, BatchSize, ChangeColumns);
    }

    public async Task UpsertAsync(string clusterId, IReadOnlyList<ClusterEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        var now = _engine.Timestamp(_timeProvider.GetUtcNow());
        List<object?[]> rows = [.. Distinct(events).Select(row => Values(clusterId, row, now))];
        await _engine.RunAsync(connection => _upsert.WriteAsync(connection, null, rows, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<ClusterEventPage> ListAsync(ClusterEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, ClusterEventQuery.MaxLimit, nameof(query));

        var where = Where(query, withCursor: true);
        where.Parameters.Add("limit", query.Limit + 1);
        var sql = Select + where.Clause + " ORDER BY last_timestamp DESC, id DESC LIMIT @limit";
        var rows = await _engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(sql, where.Parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        List<ClusterEventRecord> items = [.. rows.Select(row => Map(RowValues.Columns((object)row)))];

        // One row more than the page says whether another page follows, without a second query.
        if (items.Count <= query.Limit)
        {
            return new ClusterEventPage(items, null);
        }

        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return new ClusterEventPage(items, new ClusterEventCursor(last.LastTimestamp, last.Id));
    }

    public async Task<long> CountAsync(ClusterEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = Where(query, withCursor: false);
        return await _engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(
                new CommandDefinition("SELECT COUNT(*) FROM cluster_events" + where.Clause, where.Parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        const string Delete = "DELETE FROM cluster_events WHERE cluster_id = @clusterId AND last_timestamp < @cutoff";
        return _engine.RunAsync(
            async connection =>
            {
                var deleted = 0;

                // Per cluster, so each delete walks the (cluster_id, last_timestamp) index instead of the whole table.
                foreach (var clusterId in await ClusterIdsAsync(connection, cancellationToken).ConfigureAwait(false))
                {
                    deleted += await connection.ExecuteAsync(new CommandDefinition(
                        Delete, new { clusterId, cutoff = _engine.Timestamp(cutoff) }, cancellationToken: cancellationToken))
                        .ConfigureAwait(false);
                }

                return deleted;
            },
            cancellationToken);
    }

    public async Task<int> TrimPerClusterAsync(int maxPerCluster, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxPerCluster);

        // MySQL cannot delete from a table that a subquery of the same statement reads, so the newest row to drop is
        // looked up first and everything at or after it in newest-first order goes.
        const string Boundary = """
            SELECT last_timestamp, id FROM cluster_events WHERE cluster_id = @clusterId
            ORDER BY last_timestamp DESC, id DESC LIMIT 1 OFFSET @keep
            """;
        const string Delete = """
            DELETE FROM cluster_events
            WHERE cluster_id = @clusterId AND (last_timestamp < @lastTimestamp OR (last_timestamp = @lastTimestamp AND id <= @id))
            """;
        return await _engine.RunAsync(
            async connection =>
            {
                var deleted = 0;
                foreach (var clusterId in await ClusterIdsAsync(connection, cancellationToken).ConfigureAwait(false))
                {
                    object? boundary = await connection.QuerySingleOrDefaultAsync(new CommandDefinition(
                        Boundary, new { clusterId, keep = maxPerCluster }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (boundary is null)
                    {
                        continue;
                    }

                    var row = RowValues.Columns(boundary);
                    deleted += await connection.ExecuteAsync(new CommandDefinition(Delete, new
                    {
                        clusterId,
                        lastTimestamp = _engine.Timestamp(_engine.ReadTimestamp(row["last_timestamp"]!)),
                        id = Convert.ToInt64(row["id"], CultureInfo.InvariantCulture),
                    }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                }

                return deleted;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One row per dedup key: a multi-row upsert may not touch a row twice on PostgreSQL. The occurrence that happened
    /// last carries the latest count and message, the earliest first timestamp stays.
    /// </summary>
    private static List<(string Key, ClusterEvent Event)> Distinct(IReadOnlyList<ClusterEvent> events)
    {
        var latest = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        var rows = new List<(string Key, ClusterEvent Event)>(events.Count);
        foreach (var item in events)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(events));
            var key = ClusterEventDedupKey.For(item.Uid, item.InvolvedKind, item.InvolvedNamespace, item.InvolvedName, item.Reason);
            if (!latest.TryGetValue(key, out var index))
            {
                latest.Add(key, rows.Count);
                rows.Add((key, item));
            }
            else
            {
                var kept = rows[index].Event;
                var first = item.FirstTimestamp < kept.FirstTimestamp ? item.FirstTimestamp : kept.FirstTimestamp;
                rows[index] = (key, (item.LastTimestamp >= kept.LastTimestamp ? item : kept) with { FirstTimestamp = first });
            }
        }

        return rows;
    }

    /// <summary>The values of one row, in the order of <see cref="Columns"/>.</summary>
    private object?[] Values(string clusterId, (string Key, ClusterEvent Event) item, object now)
    {
        var (key, e) = item;
        return
        [
            clusterId,
            key,
            string.IsNullOrEmpty(e.Uid) ? null : Cut(e.Uid),
            Cut(e.InvolvedKind ?? string.Empty),
            Cut(e.InvolvedNamespace ?? string.Empty),
            Cut(e.InvolvedName ?? string.Empty),
            Cut(e.InvolvedUid ?? string.Empty),
            Cut(e.Node ?? string.Empty),
            Cut(e.Reason ?? string.Empty),
            Cut(e.Type ?? string.Empty),
            e.Source is null ? null : Cut(e.Source),
            e.Message,
            e.Count,
            _engine.Timestamp(e.FirstTimestamp),
            _engine.Timestamp(e.LastTimestamp),
            now,
            now,
        ];
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxStringLength)
        {
            return text;
        }

        // Never split a surrogate pair: half a character is not valid UTF-8 for the database.
        var length = char.IsHighSurrogate(text[MaxStringLength - 1]) ? MaxStringLength - 1 : MaxStringLength;
        return text[..length];
    }

    private SqlWhere Where(ClusterEventQuery query, bool withCursor)
    {
        var where = new SqlWhere(_engine)
            .Equal("cluster_id", query.ClusterId)
            .Equal("involved_namespace", query.Namespace)
            .Equal("involved_kind", query.InvolvedKind)
            .Equal("involved_name", query.InvolvedName)
            .Equal("reason", query.Reason)
            .Equal("event_type", query.Type)
            .Equal("node", query.Node)
            .Equal("involved_uid", query.InvolvedUid)
            .Since("last_timestamp", query.Since)
            .Until("last_timestamp", query.Until);
        if (query.InvolvedObjects is { } objects)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(objects.Count, ClusterEventQuery.MaxInvolvedObjects, nameof(query));
            where.Condition(objects.Count == 0 ? "1 = 0" : AnyOf(objects, where.Parameters));
        }

        return withCursor ? where.Before("last_timestamp", query.After?.LastTimestamp, query.After?.Id) : where;
    }

    private static string AnyOf(IReadOnlyList<InvolvedObject> objects, DynamicParameters parameters)
    {
        var any = new List<string>(objects.Count);
        for (var i = 0; i < objects.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            any.Add($"(involved_kind = @ok{n} AND involved_namespace = @ons{n} AND involved_name = @on{n})");
            parameters.Add("ok" + n, objects[i].Kind);
            parameters.Add("ons" + n, objects[i].Namespace);
            parameters.Add("on" + n, objects[i].Name);
        }

        return "(" + string.Join(" OR ", any) + ")";
    }

    private static async Task<IReadOnlyList<string>> ClusterIdsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<string>(
            new CommandDefinition("SELECT DISTINCT cluster_id FROM cluster_events", cancellationToken: cancellationToken)).ConfigureAwait(false)];

    private ClusterEventRecord Map(IDictionary<string, object?> row) => new(
        Convert.ToInt64(row["id"], CultureInfo.InvariantCulture),
        RowValues.Text(row, "cluster_id"),
        RowValues.NullableText(row, "event_uid"),
        RowValues.Text(row, "involved_kind"),
        RowValues.Text(row, "involved_namespace"),
        RowValues.Text(row, "involved_name"),
        RowValues.Text(row, "reason"),
        RowValues.Text(row, "event_type"),
        RowValues.NullableText(row, "message"),
        RowValues.NullableText(row, "source"),
        RowValues.Int32(row, "event_count"),
        _engine.ReadTimestamp(row["first_timestamp"]!),
        _engine.ReadTimestamp(row["last_timestamp"]!),
        RowValues.Text(row, "involved_uid"),
        RowValues.Text(row, "node"));
}
