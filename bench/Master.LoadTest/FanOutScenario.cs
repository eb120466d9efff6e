using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Master.LoadTest;

/// <summary>
/// Target 1: with every agent parked in a long-poll, one <c>POST /api/v2/commands</c> to all of them; the time from
/// just before the POST is sent to each agent having parsed its reply. Round 0 is a warm-up and is not pooled.
/// </summary>
internal sealed class FanOutScenario(MasterProcess master, GatewayClient gateway, int clusterCount, int rounds) : IAgentObserver
{
    private const double TargetP99 = 20;
    private static readonly TimeSpan DeliveryLimit = TimeSpan.FromSeconds(10);

    private readonly List<string> _clusters = [.. Enumerable.Range(1, clusterCount).Select(i => $"c{i:D4}")];
    private FanOutRound? _round;
    private int _strays;

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var fleet = new AgentFleet(master.Agent, _clusters, this);
        await fleet.RegisterAsync(cancellationToken).ConfigureAwait(false);
        fleet.Start();

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"### Fan-out: {clusterCount} parked polls, one POST per round")
            .AppendLine()
            .AppendLine("Milliseconds from just before the POST is sent; `first` is the earliest delivery of the round.")
            .AppendLine()
            .AppendLine("| round | parked | 202 after | delivered | first | p50 | p90 | p99 | max | wrong id |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        List<double> pooled = [];
        var failures = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var parked = await WaitParkedAsync(cancellationToken).ConfigureAwait(false);
            var (latencies, row, complete) = await RunRoundAsync(cancellationToken).ConfigureAwait(false);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {(round == 0 ? "warm-up" : round)} | {parked} | {row}");
            failures += complete ? 0 : 1;
            if (round > 0)
            {
                pooled.AddRange(latencies);
            }
        }

        var all = new Percentiles(pooled);
        var passed = failures == 0 && all.P99 < TargetP99 && all.Count == rounds * clusterCount;
        table.AppendLine(CultureInfo.InvariantCulture,
                $"| **pooled {rounds}** | | | {all.Count} | | {all.P50:F1} | {all.P90:F1} | **{all.P99:F1}** | {all.Max:F1} | |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Target p99 < {TargetP99} ms: **{(passed ? "met" : "MISSED")}** " +
                $"(pooled p99 {all.P99:F1} ms; incomplete rounds {failures}; stray deliveries {_strays}; " +
                $"agent errors: poll {fleet.PollErrors}, result {fleet.ResultErrors}, heartbeat {fleet.HeartbeatErrors}).");
        return new ScenarioReport(table.ToString(), passed);
    }

    private async Task<(IEnumerable<double> Latencies, string Row, bool Complete)> RunRoundAsync(CancellationToken cancellationToken)
    {
        var round = new FanOutRound(clusterCount);
        Volatile.Write(ref _round, round);
        var sentAt = Stopwatch.GetTimestamp();
        var (status, ids) = await gateway.SubmitAsync(_clusters, cancellationToken).ConfigureAwait(false);
        var acceptedAfter = Percentiles.Milliseconds(sentAt, Stopwatch.GetTimestamp());
        if (status == HttpStatusCode.Accepted)
        {
            await WithinAsync(round.AllDelivered, DeliveryLimit, cancellationToken).ConfigureAwait(false);
        }

        round.Release.TrySetResult();
        await WithinAsync(round.AllRecorded, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _round, null);

        List<double> latencies = [.. round.Latencies(sentAt)];
        var stats = new Percentiles(latencies);
        var wrong = round.Mismatched(_clusters, ids) + round.Unexpected;
        var complete = status == HttpStatusCode.Accepted && wrong == 0
            && round.Delivered == clusterCount && round.Recorded == clusterCount;
        var accepted = status == HttpStatusCode.Accepted ? $"{acceptedAfter:F1}" : $"**{(int)status}**";
        var row = string.Create(CultureInfo.InvariantCulture,
            $"{accepted} | {round.Delivered} | {stats.At(0):F1} | {stats.P50:F1} | {stats.P90:F1} | {stats.P99:F1} | {stats.Max:F1} | ")
            + wrong.ToString(CultureInfo.InvariantCulture) + " |";
        return (latencies, row, complete);
    }

    /// <summary>Waits until Master itself counts every poll as parked, so a round never starts with an agent in between polls.</summary>
    private async Task<double> WaitParkedAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        double parked = 0;
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            parked = await gateway.ReadGaugeAsync("master_agent_polls_parked", cancellationToken).ConfigureAwait(false) ?? 0;
            if (parked >= clusterCount)
            {
                return parked;
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        return parked;
    }

    /// <summary>Waits for <paramref name="source"/> at most <paramref name="limit"/>; the round's row shows what did not arrive.</summary>
    private static async Task<bool> WithinAsync(TaskCompletionSource source, TimeSpan limit, CancellationToken cancellationToken)
    {
        try
        {
            await source.Task.WaitAsync(limit, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public Task DeliveredAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _round) is not { } round)
        {
            Interlocked.Increment(ref _strays);
            return Task.CompletedTask;
        }

        round.Deliver(delivery);
        return round.Release.Task.WaitAsync(cancellationToken);
    }

    public void ResultRecorded(Delivery delivery, long recordedAt) => Volatile.Read(ref _round)?.Record();
}
