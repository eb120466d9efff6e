using Master.Query.Language.Schema.Kinds;

namespace Master.Query.Language.Schema;

/// <summary>Every kind the DSL knows, found by name or alias without regard to case.</summary>
/// <remarks>The grammar knows no kind or field names; this registry is where the binder learns them.</remarks>
internal sealed class SchemaRegistry
{
    private readonly Dictionary<string, KindSchema> _byName;

    public SchemaRegistry(IReadOnlyList<KindSchema> kinds)
    {
        Kinds = kinds;
        _byName = new(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in kinds)
        {
            foreach (var name in kind.Aliases.Prepend(kind.Name))
            {
                if (!_byName.TryAdd(name, kind))
                {
                    throw new InvalidOperationException($"Kind name '{name}' is used twice.");
                }
            }
        }
    }

    /// <summary>The kinds of the spec, built once: building compiles every getter.</summary>
    public static SchemaRegistry Default { get; } = new([
        PodKind.Build(),
        NodeKind.Build(),
        DeploymentKind.Build(),
        StatefulSetKind.Build(),
        DaemonSetKind.Build(),
        ReplicaSetKind.Build(),
        ServiceKind.Build(),
        IngressKind.Build(),
        NamespaceKind.Build(),
        EventKind.Build(),
        JobKind.Build(),
        CronJobKind.Build(),
        PersistentVolumeClaimKind.Build(),
        PersistentVolumeKind.Build(),
        ConfigMapKind.Build(),
        SecretKind.Build(),
        ResourceQuotaKind.Build(),
        LimitRangeKind.Build(),
        NetworkPolicyKind.Build(),
        ServiceAccountKind.Build(),
    ]);

    /// <summary>Every kind, in the order the documentation lists them.</summary>
    public IReadOnlyList<KindSchema> Kinds { get; }

    /// <summary>Every name and alias.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    public KindSchema? Find(string name) => _byName.GetValueOrDefault(name);
}
