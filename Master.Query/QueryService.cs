using Master.DataHub;
using Master.Query.Language;
using Master.Query.Language.Execution;
using Master.Query.Language.Schema;
using Microsoft.Extensions.Options;

namespace Master.Query;

/// <summary>Runs DSL queries over the latest snapshot of every cluster the query selects.</summary>
internal sealed class QueryService(IDataHub hub, IClusterDirectory directory, TimeProvider time, IOptions<QueryOptions> options) : IQueryService
{
    private readonly QueryCache _cache = new(options.Value.CacheSize);

    public async ValueTask<QueryOutcome> RunAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var started = time.GetTimestamp();
        var compiled = _cache.GetOrAdd(text, query => CompiledQuery.Compile(query, SchemaRegistry.Default));
        if (compiled.Plan is not { } plan)
        {
            return QueryOutcome.Failure(compiled.Errors);
        }

        var budget = new QueryBudget(time, options.Value.TimeBudget, cancellationToken);
        var now = time.GetUtcNow();
        var warnings = new List<QueryWarning>(plan.Warnings);
        var clusters = await SelectAsync(plan, now, warnings, cancellationToken).ConfigureAwait(false);
        RunResult run;
        try
        {
            run = QueryRunner.Run(plan, clusters, now, budget);
        }
        catch (QueryBudgetExceededException)
        {
            return QueryOutcome.Failure([new QueryDiagnostic(
                "error", DiagnosticCodes.TimeBudget, "runtime",
                $"the query ran longer than its budget of {budget.Limit.TotalSeconds:0.###} s; narrow it with cluster or namespace matchers, or a where(...) before sort or groupBy",
                1, 1, 0, text.Length, [], null, null)]);
        }

        var result = new QueryResult(
            plan.ResultKind,
            ResultWriter.Columns(plan.Columns),
            ResultWriter.Rows(plan.Columns, run.Rows),
            run.Total,
            run.Truncated,
            warnings,
            Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3));
        return QueryOutcome.Success(result);
    }

    /// <summary>The clusters the matchers select, by id or registry name, each with the one snapshot the query reads.</summary>
    private async ValueTask<List<ClusterInput>> SelectAsync(QueryPlan plan, DateTimeOffset now, List<QueryWarning> warnings, CancellationToken cancellationToken)
    {
        var agents = (await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(agent => agent.ClusterId, StringComparer.Ordinal);
        var names = (await directory.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(cluster => cluster.Id, cluster => cluster.Name, StringComparer.Ordinal);
        var ids = agents.Keys.Union(names.Keys).Order(StringComparer.Ordinal).ToList();
        var selected = new List<ClusterInput>();
        foreach (var id in ids)
        {
            var name = names.GetValueOrDefault(id) ?? id;
            if (!plan.Clusters.All(matcher => matcher.Matches(id, name)))
            {
                continue;
            }

            var snapshot = await hub.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
            var online = agents.TryGetValue(id, out var agent) && agent.Online;
            if (snapshot is null)
            {
                warnings.Add(new QueryWarning(id, DiagnosticCodes.NoSnapshot, $"cluster {name} has sent no snapshot yet"));
            }
            else if (!online)
            {
                warnings.Add(new QueryWarning(id, DiagnosticCodes.ClusterOffline,
                    $"cluster {name} is offline; the answer comes from its last snapshot, received {AgeText.Of(now - snapshot.ReceivedAt)} ago"));
            }

            selected.Add(new ClusterInput(id, name, snapshot));
        }

        if (selected.Count == 0 && plan.Clusters.Count > 0 && !plan.Clusters.All(matcher => matcher.MatchesAll))
        {
            warnings.Add(new QueryWarning(null, DiagnosticCodes.NoClusterMatched,
                ids.Count == 0 ? "no cluster is known yet" : $"no cluster matches; the clusters are {string.Join(", ", ids.Take(20).Select(id => names.GetValueOrDefault(id) ?? id))}"));
        }

        return selected;
    }
}
