using Master.DataHub;

namespace Master.Gateway.Tests.Support;

/// <summary>Switches that make the real hub misbehave for one test: a health answer of the test's choosing, failing reads and enqueues.</summary>
internal sealed class DataHubFaults
{
    /// <summary>Replaces the hub's health check while set.</summary>
    public Func<CancellationToken, ValueTask<DataHubHealth>>? Health { get; set; }

    /// <summary>Makes listing agents throw while true, as a broken backend would.</summary>
    public bool FailListingAgents { get; set; }

    /// <summary>When set, this many enqueues succeed and every later one fails as an unreachable Redis does.</summary>
    public int? EnqueuesBeforeOutage { get; set; }

    private int _enqueues;

    /// <summary>Counts an enqueue; true when it must fail.</summary>
    public bool EnqueueFails() => EnqueuesBeforeOutage is { } allowed && Interlocked.Increment(ref _enqueues) > allowed;
}
