using System.Text.Json;

namespace Master.Testing.Snapshots;

/// <summary>Counts read from a fixture's own JSON where its facts do not carry the answer.</summary>
public static class FixtureCounts
{
    /// <summary>Deployments whose ready count equals a non-zero replica count.</summary>
    public static int HealthyDeployments(SnapshotFixture fixture)
    {
        using var document = JsonDocument.Parse(fixture.ToJson());
        return document.RootElement.GetProperty("deployments").EnumerateArray()
            .Select(deployment => deployment.GetProperty("summary"))
            .Count(summary => summary.GetProperty("replicas").GetInt32() is var replicas and > 0
                && summary.GetProperty("ready").GetInt32() == replicas);
    }
}
