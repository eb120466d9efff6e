using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Master.DataHub;
using Master.Host.Listeners;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Master.Gateway.Tests.Support;

/// <summary>
/// The real composition of Master on real Kestrel sockets (both listeners on 127.0.0.1 port 0), with a fake clock so
/// times, ages and liveness are exact, and switches to make the hub misbehave. Started on construction.
/// </summary>
internal sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2025, 6, 12, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The first administrator's login name and password (<c>MASTER_ADMIN_*</c>).</summary>
    public const string AdminUsername = "admin";
    public const string AdminPassword = "gateway-tests-admin-password";

    /// <summary>The password of the users <see cref="TokenForAsync"/> creates.</summary>
    public const string UserPassword = "gateway-tests-user-password";

    private readonly Dictionary<Role, string> _tokens = [];
    private readonly SemaphoreSlim _tokensLock = new(1, 1);

    private readonly Dictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly List<HttpClient> _clients = [];
    private readonly bool _ownsDataDirectory;

    /// <param name="settings">Further MASTER_* settings.</param>
    /// <param name="configureServices">Registrations added after Program's.</param>
    /// <param name="dataDirectory">A data folder the caller owns and deletes (to start twice on one store); by default a fresh one this deletes.</param>
    public GatewayFactory(
        IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? configureServices = null, string? dataDirectory = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "master-gateway-tests-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string>
        {
            ["MASTER_HTTP_PORT"] = "0",
            ["MASTER_AGENT_PORT"] = "0",
            ["MASTER_BIND_ADDRESS"] = "127.0.0.1",
            ["MASTER_DATA_DIR"] = DataDirectory,
            ["MASTER_ADMIN_USERNAME"] = AdminUsername,
            ["MASTER_ADMIN_PASSWORD"] = AdminPassword,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        _configureServices = configureServices;
        UseKestrel();
        StartServer();
        var gateway = Services.GetRequiredService<MasterListeners>().GatewayEndPoint;
        Anonymous = NewClient(gateway);
        Gateway = NewClient(gateway, new SignedInHandler(() => TokenForAsync(Role.Admin)));
        Agent = new AgentSimulator(NewClient(Services.GetRequiredService<MasterListeners>().AgentEndPoint));
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public DataHubFaults Faults { get; } = new();

    /// <summary>A client of the gateway listener, signed in as the first administrator.</summary>
    public HttpClient Gateway { get; }

    /// <summary>A client of the gateway listener that sends no token.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>An agent on the agent listener.</summary>
    public AgentSimulator Agent { get; }

    public IDataHub Hub => Services.GetRequiredService<IDataHub>();

    /// <summary>A client of the gateway listener signed in as a user holding <paramref name="role"/>.</summary>
    public HttpClient ClientAs(Role role) =>
        NewClient(Services.GetRequiredService<MasterListeners>().GatewayEndPoint, new SignedInHandler(() => TokenForAsync(role)));

    /// <summary>A client of the gateway listener that sends <paramref name="token"/>.</summary>
    public HttpClient ClientWith(string token) =>
        NewClient(Services.GetRequiredService<MasterListeners>().GatewayEndPoint, new SignedInHandler(() => Task.FromResult(token)));

    /// <summary>
    /// A session token of a user holding <paramref name="role"/>: the first administrator, or a user named after the role
    /// that is created through the users API on first use. The same token is returned on later calls.
    /// </summary>
    public async Task<string> TokenForAsync(Role role)
    {
        await _tokensLock.WaitAsync();
        try
        {
            if (_tokens.TryGetValue(role, out var known))
            {
                return known;
            }

            var username = role == Role.Admin ? AdminUsername : role.ToName() + "-user";
            var password = role == Role.Admin ? AdminPassword : UserPassword;
            if (role != Role.Admin)
            {
                var admin = await TokenForAsyncLocked(Role.Admin);
                using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v2/users")
                {
                    Content = JsonContent.Create(new { username, password, role = role.ToName() }),
                };
                create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
                using var created = await Anonymous.SendAsync(create);
                created.StatusCode.Should().Be(HttpStatusCode.Created, "the test user {0} should be created", username);
            }

            return _tokens[role] = await LoginAsync(username, password);
        }
        finally
        {
            _tokensLock.Release();
        }
    }

    /// <summary>Logs in over the API and returns the session token.</summary>
    public async Task<string> LoginAsync(string username, string password)
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/v2/auth/login", new { username, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} should be able to log in", username);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            FaultingDataHubProxy.Install(services, Faults);
            _configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }

        base.Dispose(disposing);
        if (disposing)
        {
            _tokensLock.Dispose();
        }

        if (disposing && _ownsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task<string> TokenForAsyncLocked(Role role) =>
        _tokens.TryGetValue(role, out var known) ? known : _tokens[role] = await LoginAsync(AdminUsername, AdminPassword);

    private HttpClient NewClient(IPEndPoint endPoint, DelegatingHandler? handler = null)
    {
        if (handler is not null)
        {
            handler.InnerHandler = new HttpClientHandler();
        }

        var client = new HttpClient(handler ?? (HttpMessageHandler)new HttpClientHandler())
        {
            BaseAddress = new Uri($"http://{endPoint}"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        _clients.Add(client);
        return client;
    }
}
