using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Commands;

namespace Master.DataHub.Redis;

/// <summary>One long-poll held by this instance; completed once, with a command or with nothing.</summary>
internal sealed class HeldPoll(PollQueue queue)
{
    // Continuations run on the thread pool, never inline under the hub's lock.
    private readonly TaskCompletionSource<Command?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PollQueue Queue { get; } = queue;

    [SuppressMessage("Usage", "VSTHRD003:Avoid awaiting foreign Tasks",
        Justification = "A hand-off signal completed under the hub's lock with asynchronous continuations; no thread affinity.")]
    public Task<Command?> Completion => _completion.Task;

    public bool Complete(Command? command) => _completion.TrySetResult(command);

    /// <summary>Ends the poll with an error its caller answers as 503, so the agent retries instead of hearing "no command".</summary>
    public bool Fail(Exception error) => _completion.TrySetException(error);
}
