namespace Master.Host;

/// <summary>
/// Tells whether someone already called the host's StopAsync (a test host does) or only asked it to stop (Ctrl+C,
/// SIGTERM): StopAsync runs every StoppingAsync before it signals ApplicationStopping, asking does not.
/// </summary>
internal sealed class HostStopSignal : IHostedLifecycleService
{
    private volatile bool _stopping;

    /// <summary>True once a StopAsync of the host has begun.</summary>
    public bool StopAsyncRunning => _stopping;

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
