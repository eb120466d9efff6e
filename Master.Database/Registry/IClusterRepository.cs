namespace Master.Database.Registry;

/// <summary>The cluster registry: clusters Master knows, with their unique names.</summary>
public interface IClusterRepository
{
    /// <summary>The cluster with <paramref name="id"/>, or null.</summary>
    Task<ClusterRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every registered cluster, by name.</summary>
    Task<IReadOnlyList<ClusterRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Registers a cluster; <see cref="WriteOutcome.Conflict"/> when its id or name is taken.</summary>
    Task<WriteOutcome> CreateAsync(ClusterRecord cluster, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces name, description, environment and labels of the cluster with the record's id; keeps its creation time.
    /// <see cref="WriteOutcome.NotFound"/> for an unknown id, <see cref="WriteOutcome.Conflict"/> when another cluster has
    /// the name.
    /// </summary>
    Task<WriteOutcome> UpdateAsync(ClusterRecord cluster, CancellationToken cancellationToken = default);

    /// <summary>Removes the cluster and its agents' records; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
