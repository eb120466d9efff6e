using Master.Query.Tests.Support;

namespace Master.Query.Tests.Language.Support;

/// <summary>Tests that query the <see cref="QueryFleet"/>, started once for the class and stopped after it.</summary>
public abstract class FleetQueryTests
{
    private ReadServiceHarness? _harness;

    /// <summary>The running fleet.</summary>
    private protected ReadServiceHarness Harness => _harness ?? throw new InvalidOperationException("The fleet is not started.");

    protected IQueryService Queries => Harness.Queries;

    [OneTimeSetUp]
    public async Task StartFleet()
    {
        _harness = await QueryFleet.StartAsync();
        await AddClustersAsync(_harness);
    }

    [OneTimeTearDown]
    public async Task StopFleet() => await Harness.DisposeAsync();

    /// <summary>Adds the clusters a test class needs beyond the fleet.</summary>
    private protected virtual Task AddClustersAsync(ReadServiceHarness harness) => Task.CompletedTask;
}
