using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Commands;

namespace Master.DataHub.Memory;

/// <summary>
/// One held long-poll. The hub completes it exactly once, under its lock: with a command it has already marked
/// dispatched, or with null when the poll times out, is cancelled or the hub stops.
/// </summary>
internal sealed class CommandWaiter(CommandQueue queue)
{
    // Continuations run on the thread pool, never inline under the hub's lock.
    private readonly TaskCompletionSource<Command?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The queue the waiter waits on.</summary>
    public CommandQueue Queue { get; } = queue;

    /// <summary>The waiter's place in <see cref="Queue"/> while parked; null once completed.</summary>
    public LinkedListNode<CommandWaiter>? Node { get; set; }

    /// <summary>Completes once, with the dispatched command or null.</summary>
    [SuppressMessage("Usage", "VSTHRD003:Avoid awaiting foreign Tasks",
        Justification = "A hand-off signal completed under the hub's lock with asynchronous continuations; no thread affinity.")]
    public Task<Command?> Completion => _completion.Task;

    public void Complete(Command? command) => _completion.TrySetResult(command);
}
