using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Master.AgentSdk.Tests.Support;

/// <summary>
/// Follows <c>master_agent_polls_parked</c>, the server's own count of held polls, so a test can wait until a poll is
/// really held (or really released) instead of sleeping and hoping.
/// </summary>
internal sealed class PollWatch : IDisposable
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(10);

    private readonly MetricCollector<long> _parked;

    public PollWatch(IMeterFactory meterFactory)
    {
        _parked = new MetricCollector<long>(meterFactory, AgentSdkMetrics.MeterName, "master_agent_polls_parked");
    }

    /// <summary>How many polls the server holds right now.</summary>
    public long Parked => _parked.GetMeasurementSnapshot().Sum(measurement => measurement.Value);

    /// <summary>Waits until the server holds exactly <paramref name="count"/> polls; fails after a safety timeout.</summary>
    public async Task WaitForParkedAsync(long count)
    {
        var deadline = DateTime.UtcNow + SafetyTimeout;
        while (Parked != count)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The server holds {Parked} polls, not {count}, after {SafetyTimeout.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }
    }

    public void Dispose() => _parked.Dispose();
}
