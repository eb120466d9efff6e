namespace Master.Query.Tests.Support;

/// <summary>A registry with fixed contents, to test how the read side joins one in; the real registry is tested in Master.Fleet.</summary>
internal sealed class FixedDirectory(params RegisteredCluster[] clusters) : IClusterDirectory
{
    public ValueTask<IReadOnlyList<RegisteredCluster>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<RegisteredCluster>>(clusters);

    public ValueTask<RegisteredCluster?> FindAsync(string idOrName, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(clusters.FirstOrDefault(c => c.Id == idOrName) ?? clusters.FirstOrDefault(c => c.Name == idOrName));
}
