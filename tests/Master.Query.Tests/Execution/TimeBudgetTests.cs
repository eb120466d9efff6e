using Master.DataHub;
using Master.DataHub.Agents;
using Master.DataHub.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Query.Tests.Execution;

/// <summary>A query that runs longer than <c>Master:Query:TimeBudget</c> stops with a runtime diagnostic, not a hang.</summary>
public sealed class TimeBudgetTests
{
    [Test]
    public async Task A_query_over_its_budget_fails_with_DSL3004_from_the_runtime()
    {
        // Every reading of the clock moves it 1 ms on: the scan of 50,000 pods reads it a dozen times.
        await using var services = Services(new SteppingTime(TimeSpan.FromMilliseconds(1)), budget: "00:00:00.010");
        var hub = services.GetRequiredService<IDataHub>();
        await hub.StartAsync();
        await hub.SetSnapshotAsync("big", new ClusterSnapshot { Pods = [.. Enumerable.Range(0, 50_000).Select(_ => new Pod())] }, "hash");
        await hub.RecordContactAsync("big", AgentContact.Snapshot, AgentReport.None);

        var outcome = await services.GetRequiredService<IQueryService>().RunAsync("pods.where(restarts > 5)");

        outcome.Result.Should().BeNull();
        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Source, error.Severity).Should().Be(("DSL3004", "runtime", "error"));
        error.Message.Should().Contain("budget of 0.01 s");
        await hub.StopAsync();
    }

    [Test]
    public async Task The_same_query_within_its_budget_answers()
    {
        await using var services = Services(new SteppingTime(TimeSpan.Zero), budget: "00:00:00.010");
        var hub = services.GetRequiredService<IDataHub>();
        await hub.StartAsync();
        await hub.SetSnapshotAsync("big", new ClusterSnapshot { Pods = [.. Enumerable.Range(0, 50_000).Select(_ => new Pod())] }, "hash");
        await hub.RecordContactAsync("big", AgentContact.Snapshot, AgentReport.None);

        var outcome = await services.GetRequiredService<IQueryService>().RunAsync("pods.count()");

        outcome.Errors.Should().BeEmpty();
        outcome.Result!.Rows.Should().Equal([new object?[] { 50_000L }], (a, b) => a.SequenceEqual(b));
        await hub.StopAsync();
    }

    private static ServiceProvider Services(TimeProvider time, string budget)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Master:Query:TimeBudget"] = budget })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(time);
        services.AddDataHub().AddMemoryDataHub();
        services.AddMasterQuery();
        return services.BuildServiceProvider();
    }

    /// <summary>A clock that moves on by a fixed step every time it is read.</summary>
    private sealed class SteppingTime(TimeSpan step) : TimeProvider
    {
        private long _ticks = new DateTimeOffset(2025, 6, 12, 6, 0, 0, TimeSpan.Zero).UtcTicks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks);

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
    }
}
