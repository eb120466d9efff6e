using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
namespace Master.Security.Accounts;

/// <summary>Flushes <see cref="TokenUsageRecorder"/> every interval and once more when Master stops.</summary>
internal sealed class TokenUsageFlushService(
    TokenUsageRecorder recorder, IOptions<SecurityOptions> options, TimeProvider timeProvider, ILogger<TokenUsageFlushService> logger)
    : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TokenUsageFlushInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync flushes what is left.
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await recorder.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A store outage must not end the job; the uses stay recorded for the next flush.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.TokenUsageWriteFailed(recorder.PendingCount, exception);
        }
    }
}
