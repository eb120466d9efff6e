using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Testing.AgentChannel;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, for tests that speak the agent protocol over real sockets. The
/// caller supplies the composition (services and endpoints) and settings; the server exposes a client and its services.
/// </summary>
public sealed class AgentChannelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AgentChannelServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = CreateClient();
    }

    /// <summary>The server's address, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The port the server listens on.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>A client for <see cref="BaseAddress"/> with a generous timeout.</summary>
    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Builds and starts the server. <paramref name="settings"/> go into configuration (keys such as
    /// <c>Master:AgentSdk:CommandPollTimeout</c>); <paramref name="extraListeners"/> adds further loopback listeners on
    /// free ports. The first listener takes <paramref name="port"/>, or a free port when it is 0.
    /// </summary>
    public static async Task<AgentChannelServer> StartAsync(
        Action<IServiceCollection> addServices,
        Action<WebApplication> map,
        IReadOnlyDictionary<string, string?>? settings = null,
        int extraListeners = 0,
        int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            for (var i = 0; i < extraListeners; i++)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        builder.WebHost.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        addServices(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var server = new AgentChannelServer(app, new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
        server.ListenerAddresses = [.. addresses.Select(a => new Uri(a + "/"))];
        return server;
    }

    /// <summary>Every listener's address, the first being <see cref="BaseAddress"/>.</summary>
    public IReadOnlyList<Uri> ListenerAddresses { get; private set; } = [];

    /// <summary>A new client of its own (its own connections) for <see cref="BaseAddress"/>.</summary>
    public HttpClient CreateClient(Uri? baseAddress = null) => new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
    {
        BaseAddress = baseAddress ?? BaseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>A registered service.</summary>
    public T GetRequiredService<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Stops the server gracefully (held requests are answered first).</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
