using System.Globalization;
using System.Text.Json;
using Master.DataHub.Commands;
using Master.Testing.DataHub;
using Master.Testing.Snapshots;

namespace Master.Gateway.Tests.Support;

/// <summary>Fixtures of fleet state and what the API must answer about them.</summary>
internal static class FleetFixtures
{
    public static Command NewCommand(string clusterId) => TestCommands.New(GatewayFactory.Start, clusterId) with
    {
        Action = "scale",
        Namespace = "shop",
        Params = JsonDocument.Parse("""{"replicas":3}""").RootElement.Clone(),
        CreatedBy = "alice",
    };

    /// <summary>The <c>summary</c> object gateway-api.md promises for a fixture, as JSON.</summary>
    public static string SummaryJson(SnapshotFixture fixture)
    {
        var facts = fixture.Facts;
        var deployments = facts.Counts["deployments"];
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"nodes": {{facts.Nodes.Count}}, "readyNodes": {{facts.ReadyNodes}}, "pods": {{facts.Pods.Count}},
             "runningPods": {{facts.PodsByPhase.GetValueOrDefault("Running")}},
             "pendingPods": {{facts.PodsByPhase.GetValueOrDefault("Pending")}},
             "failedPods": {{facts.PodsByPhase.GetValueOrDefault("Failed")}},
             "deployments": {{deployments}}, "healthyDeployments": {{FixtureCounts.HealthyDeployments(fixture)}},
             "statefulSets": {{facts.Counts["statefulSets"]}}, "daemonSets": {{facts.Counts["daemonSets"]}},
             "services": {{facts.Counts["services"]}}, "ingresses": {{facts.Counts["ingresses"]}},
             "namespaces": {{facts.Counts["namespaces"]}}, "events": {{facts.Counts["events"]}},
             "warningEvents": {{facts.WarningEvents}}}
            """);
    }
}
