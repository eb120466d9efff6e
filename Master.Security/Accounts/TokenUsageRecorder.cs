using System.Collections.Concurrent;
using Master.Database.Accounts;

namespace Master.Security.Accounts;

/// <summary>
/// The last use of each token, kept in memory and written in one batch per flush, so a busy script costs one write
/// per interval instead of one per request.
/// </summary>
internal sealed class TokenUsageRecorder(ITokenRepository tokens)
{
    // One flush at a time: a flush that overlaps another (the timer's and the stop's) runs after it and writes what is
    // left. A chain of tasks rather than a semaphore, so nothing is disposed that a late stop could still reach.
    private readonly Lock _chain = new();
    private Task _lastFlush = Task.CompletedTask;
    private ConcurrentDictionary<long, DateTimeOffset> _pending = new();

    /// <summary>The number of tokens whose last use is not written yet.</summary>
    public int PendingCount => _pending.Count;

    public void Record(long tokenId, DateTimeOffset usedAt) =>
        _pending.AddOrUpdate(tokenId, usedAt, (_, known) => usedAt > known ? usedAt : known);

    /// <summary>
    /// Writes every recorded use; on failure the uses stay recorded for the next flush and the error is thrown. A use
    /// recorded in the instant the map is swapped may be written only with the token's next use: last use is coarse.
    /// </summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        lock (_chain)
        {
            return _lastFlush = FlushAfterAsync(_lastFlush, cancellationToken);
        }
    }

    private async Task FlushAfterAsync(Task previous, CancellationToken cancellationToken)
    {
#pragma warning disable VSTHRD003 // The previous flush is this recorder's own task; its failure was reported to its caller.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
#pragma warning restore VSTHRD003
        var taken = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<long, DateTimeOffset>());
        if (taken.IsEmpty)
        {
            return;
        }

        try
        {
            await tokens.TouchManyAsync(taken, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            foreach (var (id, usedAt) in taken)
            {
                Record(id, usedAt);
            }

            throw;
        }
    }
}
