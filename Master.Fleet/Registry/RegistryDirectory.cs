using Master.Database.Registry;
using Master.Query;

namespace Master.Fleet.Registry;

/// <summary>
/// The registry held in memory for the read side: every cluster row with its agent's record, replaced whole on each
/// change so readers never lock. Changes are rare next to reads (a registration, an edit, one batch per persist cycle).
/// </summary>
internal sealed class RegistryDirectory : IClusterDirectory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ClusterRecord> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentRecord> _agents = new(StringComparer.Ordinal);
    private volatile DirectoryView _view = DirectoryView.Empty;

    public ValueTask<IReadOnlyList<RegisteredCluster>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_view.All);

    public ValueTask<RegisteredCluster?> FindAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var view = _view;
        return ValueTask.FromResult(view.ById.GetValueOrDefault(idOrName) ?? view.ByName.GetValueOrDefault(idOrName));
    }

    /// <summary>The stored row of a cluster, or null when it is not registered.</summary>
    public ClusterRecord? Cluster(string id)
    {
        lock (_lock)
        {
            return _clusters.GetValueOrDefault(id);
        }
    }

    /// <summary>Replaces everything with what the store holds.</summary>
    public void Load(IEnumerable<ClusterRecord> clusters, IEnumerable<AgentRecord> agents)
    {
        lock (_lock)
        {
            _clusters.Clear();
            _agents.Clear();
            foreach (var cluster in clusters)
            {
                _clusters[cluster.Id] = cluster;
            }

            foreach (var agent in agents)
            {
                _agents[agent.ClusterId] = agent;
            }

            Publish();
        }
    }

    public void Put(IReadOnlyCollection<ClusterRecord> clusters)
    {
        lock (_lock)
        {
            foreach (var cluster in clusters)
            {
                _clusters[cluster.Id] = cluster;
            }

            Publish();
        }
    }

    public void Put(IReadOnlyCollection<AgentRecord> agents)
    {
        lock (_lock)
        {
            foreach (var agent in agents)
            {
                _agents[agent.ClusterId] = agent;
            }

            Publish();
        }
    }

    public void Remove(IEnumerable<string> clusterIds)
    {
        lock (_lock)
        {
            foreach (var id in clusterIds)
            {
                _clusters.Remove(id);
                _agents.Remove(id);
            }

            Publish();
        }
    }

    private void Publish()
    {
        var all = _clusters.Values.Select(cluster => new RegisteredCluster(
            cluster.Id,
            cluster.Name,
            cluster.Description,
            cluster.Environment.Length == 0 ? null : cluster.Environment,
            cluster.Labels,
            _agents.GetValueOrDefault(cluster.Id)?.LastHeartbeatAt,
            _agents.GetValueOrDefault(cluster.Id)?.AgentVersion)).ToList();
        _view = new DirectoryView(
            all,
            all.ToDictionary(c => c.Id, StringComparer.Ordinal),
            all.ToDictionary(c => c.Name, StringComparer.Ordinal));
    }

    private sealed record DirectoryView(
        IReadOnlyList<RegisteredCluster> All,
        IReadOnlyDictionary<string, RegisteredCluster> ById,
        IReadOnlyDictionary<string, RegisteredCluster> ByName)
    {
        public static DirectoryView Empty { get; } = new([], new Dictionary<string, RegisteredCluster>(), new Dictionary<string, RegisteredCluster>());
    }
}
