using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Commands;

namespace Master.DataHub.Memory;

/// <summary>
/// The FIFO of pending command ids for one (cluster, topic) and the polls parked on it, most recent first (P6).
/// Not thread-safe: the hub guards every call with its lock. A queue never holds both ids and waiters for long:
/// the hub serves waiters from the head as soon as either side grows.
/// </summary>
internal sealed class CommandQueue(string clusterId, CommandTopic topic)
{
    private readonly LinkedList<string> _ids = new();
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);
    private readonly LinkedList<CommandWaiter> _waiters = new();

    public (string ClusterId, CommandTopic Topic) Key { get; } = (clusterId, topic);

    public int Count => _ids.Count;

    public int WaiterCount => _waiters.Count;

    public bool IsIdle => _ids.Count == 0 && _waiters.Count == 0;

    public IEnumerable<string> Ids => _ids;

    public void AddLast(string commandId) => _nodes.Add(commandId, _ids.AddLast(commandId));

    public void AddFirst(string commandId) => _nodes.Add(commandId, _ids.AddFirst(commandId));

    public bool Remove(string commandId)
    {
        if (!_nodes.Remove(commandId, out var node))
        {
            return false;
        }

        _ids.Remove(node);
        return true;
    }

    public bool TryDequeue([NotNullWhen(true)] out string? commandId)
    {
        commandId = _ids.First?.Value;
        return commandId is not null && Remove(commandId);
    }

    public void Clear()
    {
        _ids.Clear();
        _nodes.Clear();
    }

    /// <summary>Parks a waiter in front of the older ones, so the most recent poll is served first.</summary>
    public void Park(CommandWaiter waiter) => waiter.Node = _waiters.AddFirst(waiter);

    public bool TryPeekWaiter([NotNullWhen(true)] out CommandWaiter? waiter)
    {
        waiter = _waiters.First?.Value;
        return waiter is not null;
    }

    /// <summary>Takes a parked waiter out of the queue; false when it was not parked (already completed).</summary>
    public bool Unpark(CommandWaiter waiter)
    {
        if (waiter.Node is null)
        {
            return false;
        }

        _waiters.Remove(waiter.Node);
        waiter.Node = null;
        return true;
    }
}
