using Microsoft.Extensions.Hosting;

namespace Master.Gateway.Tests.Support;

/// <summary>Holds the host in its stopping phase, before the hub stops and the listeners close, until released.</summary>
internal sealed class StoppingGate : IHostedLifecycleService, IDisposable
{
    private readonly SemaphoreSlim _entered = new(0);
    private readonly SemaphoreSlim _released = new(0);
    private volatile bool _isReleased;

    /// <summary>True once the host is stopping and held here, false when that did not happen within the timeout.</summary>
    public Task<bool> WaitUntilEnteredAsync(TimeSpan timeout) => _entered.WaitAsync(timeout);

    /// <summary>Lets this and every later stop through.</summary>
    public void Release()
    {
        _isReleased = true;
        _released.Release();
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_isReleased)
        {
            return;
        }

        _entered.Release();
        await _released.WaitAsync(cancellationToken);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _entered.Dispose();
        _released.Dispose();
    }
}
