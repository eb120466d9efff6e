using Master.Host.Listeners;
using Microsoft.Extensions.Options;

namespace Master.Host;

/// <summary>The host's part of the request pipeline and its run loop.</summary>
internal static class MasterApplicationExtensions
{
    /// <summary>Maps the agent channel onto the agent listener only; the gateway listener never reaches it.</summary>
    public static IEndpointConventionBuilder MapAgentChannel(this WebApplication app) =>
        app.MapAgentSdk(app.Services.GetRequiredService<MasterListeners>().IsAgentConnection);

    /// <summary>
    /// Runs until shutdown. A start-up failure that configuration causes (an options validator, a port in use) is
    /// written as lines to <paramref name="errors"/> with exit code 2 instead of a stack trace.
    /// </summary>
    public static async Task<int> RunMasterAsync(this WebApplication app, TextWriter errors)
    {
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                await errors.WriteLineAsync(failure).ConfigureAwait(false);
            }

            return 2;
        }
        catch (IOException exception) when (exception.InnerException is System.Net.Sockets.SocketException || exception.Message.Contains("bind", StringComparison.OrdinalIgnoreCase))
        {
            await errors.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }
    }
}
