using Microsoft.Extensions.Hosting;

namespace Master.Gateway.Health;

/// <summary>
/// Turns <c>/readyz</c> to 503 as soon as the host begins to stop. The stopping phase runs before
/// <see cref="IHostApplicationLifetime.ApplicationStopping"/> fires, and the hub stops in it, so waiting for that token
/// would leave a window in which a stopped hub is reported ready.
/// </summary>
internal sealed class GatewayReadiness(IHostApplicationLifetime lifetime) : IHostedLifecycleService
{
    private volatile bool _stopping;

    /// <summary>True once the host has begun to stop.</summary>
    public bool IsStopping => _stopping || lifetime.ApplicationStopping.IsCancellationRequested;

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
