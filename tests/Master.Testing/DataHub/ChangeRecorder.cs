using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Master.DataHub;
using Master.DataHub.Changes;

namespace Master.Testing.DataHub;

/// <summary>
/// Subscribes to a change feed at construction and buffers what arrives, so a test can await the next change with a
/// safety timeout instead of sleeping. The timeout only turns a broken hub into a failure rather than a hang.
/// </summary>
public sealed class ChangeRecorder : IAsyncDisposable
{
    /// <summary>How long a test waits for something that should happen at once before it fails.</summary>
    public static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<Change> _received = Channel.CreateUnbounded<Change>();
    private readonly Task _pump;

    /// <summary>Subscribes now: every change published after this constructor returns is recorded.</summary>
    public ChangeRecorder(IChangeFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        _pump = PumpAsync(feed.SubscribeAsync(_stop.Token));
    }

    /// <summary>Returns the next change, whatever its type.</summary>
    public async Task<Change> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(SafetyTimeout);

    /// <summary>Returns the next change and asserts that it has type <typeparamref name="T"/>.</summary>
    public async Task<T> NextAsync<T>()
        where T : Change
    {
        var change = await NextAsync();
        return change.Should().BeOfType<T>().Subject;
    }

    /// <summary>Skips changes of other types up to the next one of type <typeparamref name="T"/>.</summary>
    public async Task<T> NextOfTypeAsync<T>()
        where T : Change
    {
        while (true)
        {
            if (await NextAsync() is T change)
            {
                return change;
            }
        }
    }

    /// <summary>Ends the subscription.</summary>
    [SuppressMessage("Usage", "VSTHRD003:Avoid awaiting foreign Tasks", Justification = "The pump is this object's own task.")]
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        _stop.Dispose();
    }

    private async Task PumpAsync(IAsyncEnumerable<Change> changes)
    {
        try
        {
            await foreach (var change in changes)
            {
                _received.Writer.TryWrite(change);
            }

            _received.Writer.TryComplete();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _received.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            _received.Writer.TryComplete(exception);
        }
    }
}
