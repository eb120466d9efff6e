using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema;

/// <summary>One object a query reads: a resource of a snapshot, or a record of a table once a stage has made one.</summary>
/// <param name="Scope">The cluster the object comes from and the instant the query runs at.</param>
/// <param name="Item">The resource (a <see cref="Pod"/>, a <see cref="Node"/>, ...) or the table record (<c>object?[]</c>).</param>
internal readonly record struct Row(RowScope Scope, object Item);

/// <summary>What every row of one cluster shares within one query run.</summary>
/// <param name="ClusterId">The cluster's id.</param>
/// <param name="ClusterName">The cluster's registry name; its id when it has none.</param>
/// <param name="Snapshot">The one snapshot version the query reads for this cluster.</param>
/// <param name="Now">The instant the query runs at, in seconds since the Unix epoch; ages are measured from it.</param>
internal sealed record RowScope(string ClusterId, string ClusterName, ClusterSnapshot Snapshot, double Now);
