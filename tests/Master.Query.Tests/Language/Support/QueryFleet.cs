using Master.Query.Tests.Support;

namespace Master.Query.Tests.Language.Support;

/// <summary>
/// A fixed fleet on which every one of the thirty example queries of query-dsl.md has a known, non-trivial answer: for each
/// condition of each example some objects match and some are there only to be excluded (wrong cluster, wrong namespace,
/// below a threshold, a status that only the kubectl-style derivation tells apart, ...). The comments next to each object
/// say which examples it is for. Every snapshot is taken at <see cref="Now"/>, the harness's clock, so ages are exact.
/// </summary>
/// <remarks>
/// Clusters: <c>prod</c> (most examples), <c>prod-eu</c> and <c>prod-us</c> (matched by <c>prod-*</c> and <c>prod-.*</c>,
/// which must not match <c>prod</c>), <c>dev</c> (a crowd of restarting pods, so that <c>limit(20)</c> cuts), and a cluster
/// whose id is <see cref="StagingId"/> but whose registry name is <c>staging</c>, matched only by that name.
/// </remarks>
internal static partial class QueryFleet
{
    public const string Prod = "prod";
    public const string ProdEu = "prod-eu";
    public const string ProdUs = "prod-us";
    public const string Dev = "dev";

    /// <summary>The staging cluster's id; its registry name is <see cref="StagingName"/>.</summary>
    public const string StagingId = "c-4b0d6c8e";

    public const string StagingName = "staging";

    public const string Node1 = "ip-10-0-1-23.ec2.internal";
    public const string Node2 = "ip-10-0-1-24.ec2.internal";
    public const string Node3 = "ip-10-0-2-10.ec2.internal";
    public const string Node4 = "ip-10-0-2-11.ec2.internal";

    public static DateTimeOffset Now => ReadServiceHarness.Start;

    public static IReadOnlyList<string> ClusterIds { get; } = [Prod, ProdEu, ProdUs, StagingId, Dev];

    /// <summary>A harness with the registry entry of staging and every cluster's snapshot ingested (all online).</summary>
    public static async Task<ReadServiceHarness> StartAsync()
    {
        var harness = await ReadServiceHarness.StartAsync(new FixedDirectory(new RegisteredCluster(
            StagingId, StagingName, "pre-production", "staging", new Dictionary<string, string>(), null, "2.3.0")));
        foreach (var snapshot in Snapshots())
        {
            await harness.IngestAsync(snapshot.ToJson(), snapshot.ClusterId);
        }

        return harness;
    }

    public static IEnumerable<SnapshotJsonBuilder> Snapshots() => [BuildProd(), BuildProdEu(), BuildProdUs(), BuildStaging(), BuildDev()];

    private static TimeSpan Days(double days) => TimeSpan.FromDays(days);

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);
}
