using Master.DataHub;
using Master.Testing.AgentChannel;

namespace Master.AgentSdk.Tests.Support;

/// <summary>One agent-channel server with the default test settings, shared by every test of a fixture.</summary>
public abstract class AgentChannelFixture
{
    protected AgentChannelServer Server { get; private set; } = null!;

    protected HttpClient Client => Server.Client;

    protected IDataHub Hub => Server.Hub();

    [OneTimeSetUp]
    public async Task StartServerAsync() => Server = await AgentSdkServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServerAsync() => await Server.DisposeAsync();
}
