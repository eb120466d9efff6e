using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One namespace of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.11), its counts made from the snapshot.</summary>
internal sealed class NamespaceBuilder(string name)
{
    private string _phase = "Active";
    private TimeSpan _age = TimeSpan.FromDays(200);

    public string Name => name;

    /// <summary>Deleted, but held by finalizers.</summary>
    public NamespaceBuilder Terminating()
    {
        _phase = "Terminating";
        return this;
    }

    public NamespaceBuilder Created(TimeSpan age)
    {
        _age = age;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot, IReadOnlyList<PodBuilder> pods, int deployments, int services)
    {
        var mine = pods.Where(p => p.Namespace == name).ToList();
        var resources = new JsonObject
        {
            ["pods"] = mine.Count,
            ["podsRunning"] = mine.Count(p => p.EffectivePhase == "Running"),
            ["podsPending"] = mine.Count(p => p.EffectivePhase == "Pending"),
            ["podsFailed"] = mine.Count(p => p.EffectivePhase == "Failed"),
            ["podsSucceeded"] = mine.Count(p => p.EffectivePhase == "Succeeded"),
            ["deployments"] = deployments,
        };
        foreach (var key in (string[])["statefulSets", "daemonSets", "replicaSets", "jobs", "cronJobs"])
        {
            resources[key] = 0;
        }

        resources["services"] = services;
        foreach (var key in (string[])["ingresses", "networkPolicies", "configMaps", "secrets", "serviceAccounts", "pvcs"])
        {
            resources[key] = 0;
        }

        return new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["name"] = name,
                ["createdAt"] = Wire.Time(snapshot.Now - _age),
                ["age"] = Wire.Age(_age),
            },
            ["status"] = new JsonObject { ["phase"] = _phase },
            ["resources"] = resources,
            ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = name },
        };
    }
}
