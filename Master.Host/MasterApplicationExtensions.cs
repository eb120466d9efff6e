using Master.Host.Configuration;
using Master.Host.Listeners;

namespace Master.Host;

/// <summary>The host's part of the request pipeline and its run loop.</summary>
internal static class MasterApplicationExtensions
{
    /// <summary>Maps the agent channel onto the agent listener only; the gateway listener never reaches it.</summary>
    public static IEndpointConventionBuilder MapAgentChannel(this WebApplication app) =>
        app.MapAgentSdk(app.Services.GetRequiredService<MasterListeners>().IsAgentConnection);

    /// <summary>
    /// Waits until Master is asked to stop and stops it, like <c>WaitForShutdownAsync</c>, except when a StopAsync of the
    /// host is already under way (a test host stopping it): then it waits for that one to finish rather than running a
    /// second, overlapping stop whose end would dispose the host under the first.
    /// </summary>
    private static async Task WaitForShutdownAsync(WebApplication app)
    {
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        await WhenAsync(lifetime.ApplicationStopping).ConfigureAwait(false);
        if (app.Services.GetRequiredService<HostStopSignal>().StopAsyncRunning)
        {
            await WhenAsync(lifetime.ApplicationStopped).ConfigureAwait(false);
            return;
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static Task WhenAsync(CancellationToken signal)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        signal.Register(static state => ((TaskCompletionSource)state!).TrySetResult(), fired);
        return fired.Task;
    }

    /// <summary>
    /// Starts, then runs until shutdown, and returns the exit code. A start-up failure that configuration or the
    /// environment causes (an options validator, a port in use) is written as one line per problem to
    /// <paramref name="errors"/> with exit code 2; any other start-up failure is logged with its stack trace, exit code 1.
    /// </summary>
    public static async Task<int> RunMasterAsync(this WebApplication app, TextWriter errors)
    {
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Every start-up failure ends the process with an exit code; only unexpected ones keep a trace.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                var settings = app.Services.GetRequiredService<MasterConfigurationResult>().Settings;
                if (StartupFailure.Describe(exception, settings) is { } lines)
                {
                    foreach (var line in lines)
                    {
                        await errors.WriteLineAsync(line).ConfigureAwait(false);
                    }

                    return 2;
                }

                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MasterApplicationExtensions)).StartFailed(exception);
                await errors.WriteLineAsync($"Master failed to start: {exception.Message}").ConfigureAwait(false);
                return 1;
            }

            await WaitForShutdownAsync(app).ConfigureAwait(false);
            return 0;
        }
    }
}
