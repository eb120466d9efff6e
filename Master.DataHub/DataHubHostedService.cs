using Microsoft.Extensions.Hosting;

namespace Master.DataHub;

/// <summary>
/// Starts whichever hub is registered with the host and stops it in the stopping phase, before any hosted service's StopAsync: held polls
/// are answered empty (P8) while the web server is still draining requests, instead of holding its shutdown up.
/// </summary>
internal sealed class DataHubHostedService(IDataHub hub) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => hub.StartAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => hub.StopAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
