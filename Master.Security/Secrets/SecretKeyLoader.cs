using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
namespace Master.Security.Secrets;

/// <summary>Loads, or on first start creates, the secret key at start-up, so a bad key stops Master before it serves.</summary>
internal sealed class SecretKeyLoader(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<SecretKey>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
