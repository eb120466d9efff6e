namespace Master.LoadTest;

/// <summary>
/// One fan-out: which command each agent read and when. Results wait for <see cref="Release"/>, so that no result
/// post or history write of this round competes with its own deliveries.
/// </summary>
internal sealed class FanOutRound(int agents)
{
    private readonly long[] _receivedAt = new long[agents];
    private readonly string?[] _commandIds = new string?[agents];
    private int _delivered;
    private int _recorded;
    private int _unexpected;

    public TaskCompletionSource AllDelivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource AllRecorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Delivered => Volatile.Read(ref _delivered);

    public int Recorded => Volatile.Read(ref _recorded);

    /// <summary>Deliveries beyond one per agent in this round (a redelivery would show here).</summary>
    public int Unexpected => Volatile.Read(ref _unexpected);

    public void Deliver(Delivery delivery)
    {
        if (Interlocked.CompareExchange(ref _commandIds[delivery.Agent], delivery.CommandId, null) is not null)
        {
            Interlocked.Increment(ref _unexpected);
            return;
        }

        _receivedAt[delivery.Agent] = delivery.ReceivedAt;
        if (Interlocked.Increment(ref _delivered) == agents)
        {
            AllDelivered.TrySetResult();
        }
    }

    public void Record()
    {
        if (Interlocked.Increment(ref _recorded) == agents)
        {
            AllRecorded.TrySetResult();
        }
    }

    /// <summary>Submit-to-delivery in milliseconds of every agent that got its command, from <paramref name="sentAt"/>.</summary>
    public IEnumerable<double> Latencies(long sentAt) =>
        _receivedAt.Where(at => at != 0).Select(at => Percentiles.Milliseconds(sentAt, at));

    /// <summary>Agents whose delivered id is not the one the submission returned for their cluster.</summary>
    public int Mismatched(IReadOnlyList<string> clusters, IReadOnlyDictionary<string, string> ids) =>
        clusters.Select((cluster, agent) => (cluster, agent))
            .Count(c => _commandIds[c.agent] is { } got && (!ids.TryGetValue(c.cluster, out var sent) || sent != got));
}
