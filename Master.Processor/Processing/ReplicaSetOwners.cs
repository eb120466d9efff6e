using Master.DataHub.Snapshots;

namespace Master.Processor.Processing;

/// <summary>The Deployment owning each ReplicaSet of one snapshot, looked up by namespace and name.</summary>
internal sealed class ReplicaSetOwners
{
    private readonly Dictionary<(string Namespace, string Name), string> _deployments;

    public ReplicaSetOwners(int capacity) => _deployments = new Dictionary<(string, string), string>(capacity);

    /// <summary>Remembers the ReplicaSet's owner when it is a Deployment.</summary>
    public void Add(ReplicaSet replicaSet)
    {
        if (replicaSet.OwnerKind == "Deployment" && replicaSet.OwnerName.Length > 0)
        {
            _deployments[(replicaSet.Namespace, replicaSet.Name)] = replicaSet.OwnerName;
        }
    }

    /// <summary>The owning Deployment's name, or null when the ReplicaSet is unknown or not owned by a Deployment.</summary>
    public string? Find(string ns, string replicaSet) =>
        _deployments.Count > 0 && _deployments.TryGetValue((ns, replicaSet), out var deployment) ? deployment : null;
}
