using Master.DataHub.Commands;

namespace Master.DataHub.Redis;

/// <summary>
/// The polls this instance holds for one cluster and topic, most recent last, and whether a take for them is running.
/// Guarded by the hub's lock.
/// </summary>
internal sealed class PollQueue(string clusterId, CommandTopic topic)
{
    private readonly List<HeldPoll> _polls = [];

    public string ClusterId { get; } = clusterId;

    public CommandTopic Topic { get; } = topic;

    public string Name { get; } = RedisKeys.QueueName(clusterId, topic);

    public int Count => _polls.Count;

    /// <summary>A take runs for this queue; a wake-up meanwhile sets <see cref="ServeAgain"/> instead of starting another.</summary>
    public bool Serving { get; set; }

    public bool ServeAgain { get; set; }

    public bool IsIdle => _polls.Count == 0 && !Serving;

    public IEnumerable<HeldPoll> Polls => _polls;

    public void Park(HeldPoll poll) => _polls.Add(poll);

    public bool Unpark(HeldPoll poll) => _polls.Remove(poll);

    /// <summary>Removes and returns the most recent poll, or null.</summary>
    public HeldPoll? TakeMostRecent()
    {
        if (_polls.Count == 0)
        {
            return null;
        }

        var poll = _polls[^1];
        _polls.RemoveAt(_polls.Count - 1);
        return poll;
    }
}
