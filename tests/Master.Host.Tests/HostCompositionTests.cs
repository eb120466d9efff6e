using System.Net;
using Master.DataHub;
using Master.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Master.Host.Tests;

public sealed class HostCompositionTests
{
    [Test]
    public async Task Real_composition_starts_with_validation_on_and_binds_two_distinct_ports()
    {
        await using var factory = new MasterHostFactory();

        factory.StartServer();

        factory.GatewayEndPoint.Port.Should().BeGreaterThan(0);
        factory.AgentEndPoint.Port.Should().BeGreaterThan(0).And.NotBe(factory.GatewayEndPoint.Port);
        factory.GatewayEndPoint.Address.Should().Be(IPAddress.Loopback);
        using var gateway = factory.CreateGatewayClient();
        (await gateway.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Data_directory_is_created_at_start()
    {
        await using var factory = new MasterHostFactory();

        factory.StartServer();

        Directory.Exists(factory.DataDirectory).Should().BeTrue();
        factory.Services.GetRequiredService<IOptions<MasterHostOptions>>().Value.DatabasePath
            .Should().Be(Path.Combine(factory.DataDirectory, "master.db"));
    }

    [Test]
    public async Task Variables_reach_the_options_of_each_assembly()
    {
        await using var factory = new MasterHostFactory(new Dictionary<string, string>
        {
            ["MASTER_HEARTBEAT_TIMEOUT"] = "7s",
            ["MASTER_COMMAND_POLL_TIMEOUT"] = "3s",
            ["MASTER_SNAPSHOT_MAX_BYTES"] = "64MiB",
        });

        factory.StartServer();

        factory.Services.GetRequiredService<IOptions<DataHubOptions>>().Value.HeartbeatTimeout.Should().Be(TimeSpan.FromSeconds(7));
        var agentSdk = factory.Services.GetRequiredService<IOptions<Master.AgentSdk.AgentSdkOptions>>().Value;
        agentSdk.CommandPollTimeout.Should().Be(TimeSpan.FromSeconds(3));
        agentSdk.SnapshotMaxBytes.Should().Be(64L << 20);
        factory.Services.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout
            .Should().Be(TimeSpan.FromSeconds(8));
    }
}
