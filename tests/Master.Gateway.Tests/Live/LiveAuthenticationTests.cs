using System.Net;
using System.Net.WebSockets;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;

namespace Master.Gateway.Tests.Live;

/// <summary>Who may open <c>/api/v2/subscribe</c>: a valid token in the header or, for browsers, in <c>?access_token=</c>.</summary>
public sealed class LiveAuthenticationTests
{
    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public void OneTimeSetUp() => _factory = new GatewayFactory();

    [OneTimeTearDown]
    public async Task OneTimeTearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Without_a_token_the_upgrade_is_refused_with_401()
    {
        var (status, connected) = await ConnectAsync(query: null, header: null);

        connected.Should().BeFalse();
        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_unknown_token_is_refused_with_401_in_the_header_and_in_the_query()
    {
        (await ConnectAsync(query: null, header: UnknownToken.New())).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await ConnectAsync(query: UnknownToken.New(), header: null)).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_valid_token_in_the_query_string_opens_the_socket_for_browsers()
    {
        var (status, connected) = await ConnectAsync(query: await _factory.TokenForAsync(Role.Viewer), header: null);

        connected.Should().BeTrue();
        status.Should().Be(HttpStatusCode.SwitchingProtocols);
    }

    [Test]
    public async Task The_query_string_token_is_taken_on_no_other_route()
    {
        var token = await _factory.TokenForAsync(Role.Viewer);

        var (status, _) = await _factory.Anonymous.GetJsonAsync("/api/v2/clusters?access_token=" + token);

        status.Should().Be(HttpStatusCode.Unauthorized, "a token in a URL ends up in logs and browser history; only the socket needs it");
    }

    private async Task<(HttpStatusCode Status, bool Connected)> ConnectAsync(string? query, string? header)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (header is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + header);
        }

        var uri = new Uri($"ws://{_factory.Gateway.BaseAddress!.Authority}/api/v2/subscribe"
            + (query is null ? string.Empty : "?access_token=" + Uri.EscapeDataString(query)));
        using var timeout = new CancellationTokenSource(LiveClient.Patience);
        try
        {
            await socket.ConnectAsync(uri, timeout.Token);
        }
        catch (WebSocketException)
        {
            return (socket.HttpStatusCode, false);
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        return (socket.HttpStatusCode, true);
    }
}
