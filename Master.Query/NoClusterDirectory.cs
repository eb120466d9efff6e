namespace Master.Query;

/// <summary>The directory of a Master without a registry: it knows no cluster, so names are ids and only live clusters list.</summary>
internal sealed class NoClusterDirectory : IClusterDirectory
{
    public ValueTask<IReadOnlyList<RegisteredCluster>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<RegisteredCluster>>([]);

    public ValueTask<RegisteredCluster?> FindAsync(string idOrName, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<RegisteredCluster?>(null);
}
