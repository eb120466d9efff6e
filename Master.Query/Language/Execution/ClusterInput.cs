using Master.DataHub;

namespace Master.Query.Language.Execution;

/// <summary>A cluster a query reads, with the one snapshot version it reads of it.</summary>
/// <param name="Id">The cluster id.</param>
/// <param name="Name">The registry name; the id when it has none.</param>
/// <param name="Snapshot">The latest snapshot, read once; null when the cluster has sent none.</param>
internal sealed record ClusterInput(string Id, string Name, StoredSnapshot? Snapshot);
