using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Master.Security.Audit;

/// <summary>
/// Takes entries on the request path into a bounded queue and writes them in batches off it. A failed write keeps its
/// batch and retries after <see cref="SecurityOptions.RetryDelay"/>, so a database outage delays entries, never loses
/// them; when Master stops, what is queued is written before the process ends.
/// </summary>
/// <typeparam name="T">The entry type.</typeparam>
internal abstract class QueuedWriter<T> : BackgroundService
{
    /// <summary>Room for a burst of about a minute of a busy API; past it, callers wait rather than lose entries.</summary>
    public const int Capacity = 10_000;

    /// <summary>The most entries one write carries.</summary>
    public const int BatchSize = 500;

    private readonly Channel<T> _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity)
    {
        // The stop drains what is left also when a shutdown timeout cut the loop short: then two readers overlap.
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly TimeSpan _retryDelay;

    protected QueuedWriter(TimeSpan retryDelay, TimeProvider timeProvider)
    {
        _retryDelay = retryDelay;
        Time = timeProvider;
    }

    /// <summary>The host's clock, for the retry delay and for the entries' times.</summary>
    protected TimeProvider Time { get; }

    /// <summary>How many entries wait to be written.</summary>
    public int QueuedCount => _queue.Reader.Count;

    /// <summary>Queues an entry; returns at once unless the queue is full.</summary>
    /// <returns>False when Master has stopped taking entries.</returns>
    public async ValueTask<bool> EnqueueAsync(T entry, CancellationToken cancellationToken = default)
    {
        if (_queue.Writer.TryWrite(entry))
        {
            return true;
        }

        try
        {
            await _queue.Writer.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChannelClosedException)
        {
            OnRefusedAfterStop();
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // A stop right after the start can cancel the background loop before it ever ran: what it left is written here.
        await DrainAsync(new CancellationToken(canceled: true)).ConfigureAwait(false);
    }

    /// <summary>Writes one batch; throws when it fails.</summary>
    protected abstract Task WriteAsync(IReadOnlyList<T> batch, CancellationToken cancellationToken);

    /// <summary>A write failed; it is retried after the delay, or given up once Master is stopping.</summary>
    protected abstract void OnWriteFailed(int entries, bool givingUp, Exception exception);

    /// <summary>An entry came after Master stopped taking entries.</summary>
    protected abstract void OnRefusedAfterStop();

    // Reads on after the stop signal until the queue is completed and empty: queued entries are still written.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await DrainAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        var batch = new List<T>(BatchSize);
        while (_queue.Reader.TryRead(out var first))
        {
            batch.Add(first);
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await WriteWithRetryAsync(batch, stoppingToken).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task WriteWithRetryAsync(List<T> batch, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                // Not cancelled by the stop signal: a write under way at shutdown is allowed to finish.
                await WriteAsync(batch, CancellationToken.None).ConfigureAwait(false);
                return;
            }
#pragma warning disable CA1031 // An outage must not end the writer: the batch is kept and retried.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var givingUp = stoppingToken.IsCancellationRequested;
                OnWriteFailed(batch.Count, givingUp, exception);
                if (givingUp)
                {
                    return;
                }
            }

            try
            {
                await Task.Delay(_retryDelay, Time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping: one last attempt, then the batch is given up.
            }
        }
    }
}
