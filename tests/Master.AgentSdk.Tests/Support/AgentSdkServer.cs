using System.Diagnostics.Metrics;
using Master.DataHub;
using Master.Testing.AgentChannel;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Master.AgentSdk.Tests.Support;

/// <summary>The agent channel as the host composes it (memory hub, Processor, AgentSdk) on a real loopback server.</summary>
internal static class AgentSdkServer
{
    /// <summary>The short poll timeout the conformance checklist suggests.</summary>
    public static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Starts a server with a 2 s poll timeout and a 1 MiB body limit unless <paramref name="settings"/> change them;
    /// <paramref name="extraListeners"/> adds further loopback listeners, and <paramref name="port"/> fixes the first one's.
    /// </summary>
    public static Task<AgentChannelServer> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null,
        int extraListeners = 0,
        int port = 0)
    {
        var values = new Dictionary<string, string?>
        {
            ["Master:AgentSdk:CommandPollTimeout"] = "00:00:02",
            ["Master:AgentSdk:SnapshotMaxBytes"] = "1048576",
        };
        settings?.Invoke(values);
        return AgentChannelServer.StartAsync(
            s =>
            {
                s.AddFakeLogging();
                s.AddDataHub().AddMemoryDataHub();
                s.AddMasterProcessor();
                s.AddAgentSdk();
                services?.Invoke(s);
            },
            map ?? (app => app.MapAgentSdk()),
            values,
            extraListeners,
            port);
    }

    public static IDataHub Hub(this AgentChannelServer server) => server.GetRequiredService<IDataHub>();

    public static FakeLogCollector Logs(this AgentChannelServer server) => server.Services.GetFakeLogCollector();

    /// <summary>Watches the server's count of held polls; dispose it with the test.</summary>
    public static PollWatch WatchPolls(this AgentChannelServer server) => new(server.GetRequiredService<IMeterFactory>());
}
