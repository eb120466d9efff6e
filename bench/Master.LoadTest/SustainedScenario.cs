using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Master.LoadTest;

/// <summary>
/// Target 2: one-cluster submissions on an open-loop schedule (the n-th is due at n / rate, whatever the earlier ones
/// took; at most <c>concurrency</c> in flight), agents deliver and report, and at the end every accepted id must be
/// <c>succeeded</c> in the history, read the way an operator would, page by page.
/// </summary>
internal sealed class SustainedScenario(
    MasterProcess master, GatewayClient gateway, int rate, int seconds, int clusterCount, int concurrency) : IAgentObserver
{
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(60);

    private readonly List<string> _clusters = [.. Enumerable.Range(1, clusterCount).Select(i => $"s{i:D4}")];
    private readonly ConcurrentDictionary<string, long> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _recorded = new(StringComparer.Ordinal);
    private int _redelivered;

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var fleet = new AgentFleet(master.Agent, _clusters, this);
        await fleet.RegisterAsync(cancellationToken).ConfigureAwait(false);
        fleet.Start();

        var (submissions, startedAt, maxLag) = await SubmitOnScheduleAsync(cancellationToken).ConfigureAwait(false);
        var accepted = submissions.Where(s => s.Id is not null).Select(s => s.Id!).ToList();
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < SettleLimit && accepted.Any(id => !_recorded.ContainsKey(id)))
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        var history = await ReadHistoryAsync(accepted, cancellationToken).ConfigureAwait(false);
        var report = new StringBuilder();
        var passed = Summarise(report, submissions, accepted, history, startedAt, maxLag);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Agent errors: poll {fleet.PollErrors}, result {fleet.ResultErrors}, heartbeat {fleet.HeartbeatErrors}; " +
            $"redeliveries {_redelivered}.");
        return new ScenarioReport(report.ToString(), passed && fleet.ResultErrors == 0);
    }

    private async Task<(Submission[] Submissions, long StartedAt, double MaxLagMs)> SubmitOnScheduleAsync(
        CancellationToken cancellationToken)
    {
        var submissions = new Submission[rate * seconds];
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        var inFlight = new List<Task>(submissions.Length);
        var interval = (double)Stopwatch.Frequency / rate;
        var startedAt = Stopwatch.GetTimestamp();
        long maxLag = 0;
        for (var i = 0; i < submissions.Length; i++)
        {
            var due = startedAt + (long)(i * interval);
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (early > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(early, cancellationToken).ConfigureAwait(false);
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            maxLag = Math.Max(maxLag, Stopwatch.GetTimestamp() - due);
            inFlight.Add(SubmitOneAsync(submissions, i, slots, cancellationToken));
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
        return (submissions, startedAt, maxLag * 1000.0 / Stopwatch.Frequency);
    }

    private async Task SubmitOneAsync(Submission[] submissions, int index, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        submissions[index].SentAt = Stopwatch.GetTimestamp();
        try
        {
            var (status, ids) = await gateway.SubmitAsync([_clusters[index % _clusters.Count]], cancellationToken).ConfigureAwait(false);
            submissions[index].Status = (int)status;
            submissions[index].Id = ids.Values.SingleOrDefault();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            submissions[index].Status = 0;
        }
        finally
        {
            submissions[index].AnsweredAt = Stopwatch.GetTimestamp();
            slots.Release();
        }
    }

    /// <summary>Pages the succeeded history until it holds every accepted id, or the settle limit passes.</summary>
    private async Task<HistoryCheck> ReadHistoryAsync(List<string> accepted, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var listed = await gateway.ListIdsAsync("succeeded", cancellationToken).ConfigureAwait(false);
            var check = HistoryCheck.Of(accepted, listed);
            if (check.Missing.Count == 0 || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                foreach (var id in check.Missing.Take(20))
                {
                    check.MissingStatuses[id] = await gateway.GetStatusAsync(id, cancellationToken).ConfigureAwait(false);
                }

                return check;
            }

            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }
    }

    private bool Summarise(
        StringBuilder report, Submission[] submissions, List<string> accepted, HistoryCheck history, long startedAt, double maxLag)
    {
        var answered = submissions.Where(s => s.Id is not null).ToList();
        var sentAt = answered.ToDictionary(s => s.Id!, s => s.SentAt, StringComparer.Ordinal);
        var submit = new Percentiles(answered.Select(s => Percentiles.Milliseconds(s.SentAt, s.AnsweredAt)));
        var delivery = Since(sentAt, _delivered);
        var result = Since(sentAt, _recorded);
        var achieved = accepted.Count / Stopwatch.GetElapsedTime(startedAt, submissions.Max(s => s.AnsweredAt)).TotalSeconds;
        var refused = submissions.Where(s => s.Status is < 200 or > 299)
            .GroupBy(s => s.Status == 0 ? "no answer" : s.Status.ToString(CultureInfo.InvariantCulture))
            .Select(g => $"{g.Key}×{g.Count()}").ToList();
        var rateMet = achieved >= rate * 0.98;
        var lossless = refused.Count == 0 && history.Missing.Count == 0 && history.Unexpected == 0 && history.Duplicates == 0;

        report.AppendLine(CultureInfo.InvariantCulture, $"### Sustained: {rate}/s for {seconds} s over {clusterCount} clusters")
            .AppendLine()
            .AppendLine("| metric | value |")
            .AppendLine("|---|---|");
        Row(report, "submitted / 202 accepted", $"{submissions.Length} / {accepted.Count}");
        Row(report, "non-2xx or failed submits", refused.Count == 0 ? "none" : string.Join(", ", refused));
        Row(report, "achieved rate (202s / first send → last answer)", $"{achieved:F1}/s{(rateMet ? "" : " **MISSED**")}");
        Row(report, $"worst lag behind schedule (≤ {concurrency} in flight)", $"{maxLag:F1} ms");
        Row(report, "submit latency p50 / p99 / max", Ms(submit));
        Row(report, "submit → delivered p50 / p99 / max", Ms(delivery));
        Row(report, "submit → result recorded p50 / p99 / max", $"{Ms(result)} ({result.Count})");
        Row(report, "history `succeeded` ids / accepted", $"{history.Listed} / {accepted.Count}");
        Row(report, "missing / not ours / listed twice", $"{history.Missing.Count} / {history.Unexpected} / {history.Duplicates}");
        report.AppendLine();
        if (history.MissingStatuses.Count > 0)
        {
            report.AppendLine("Missing from the succeeded history (first 20, status from `GET /api/v2/commands/{id}`): " +
                string.Join(", ", history.MissingStatuses.Select(m => $"{m.Key}={m.Value}")));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"Target {rate}/s without loss: **{(rateMet && lossless ? "met" : "MISSED")}**.");
        return rateMet && lossless;
    }

    private static Percentiles Since(Dictionary<string, long> sentAt, ConcurrentDictionary<string, long> at) =>
        new(at.Where(a => sentAt.ContainsKey(a.Key)).Select(a => Percentiles.Milliseconds(sentAt[a.Key], a.Value)));

    private static string Ms(Percentiles latencies) =>
        string.Create(CultureInfo.InvariantCulture, $"{latencies.P50:F1} / {latencies.P99:F1} / {latencies.Max:F1} ms");

    private static void Row(StringBuilder report, string metric, string value) =>
        report.AppendLine(CultureInfo.InvariantCulture, $"| {metric} | {value} |");

    public Task DeliveredAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (!_delivered.TryAdd(delivery.CommandId, delivery.ReceivedAt))
        {
            Interlocked.Increment(ref _redelivered);
        }

        return Task.CompletedTask;
    }

    public void ResultRecorded(Delivery delivery, long recordedAt) => _recorded.TryAdd(delivery.CommandId, recordedAt);
}
