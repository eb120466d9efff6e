using System.Net;
using Master.DataHub;
using Master.Gateway.Tests.Support;
using Master.Testing.AgentChannel;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Health;

public sealed class HealthEndpointsTests
{
    private GatewayFactory _factory = null!;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory(new Dictionary<string, string> { ["Master:Gateway:ReadinessTimeout"] = "00:00:00.200" });

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Healthz_answers_ok_while_the_process_runs()
    {
        var (status, body) = await _factory.Anonymous.GetJsonAsync("/healthz");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson("""{"status": "ok"}""");
    }

    [Test]
    public async Task Readyz_answers_ok_with_each_check_when_the_hub_and_the_store_answer()
    {
        var (status, body) = await _factory.Anonymous.GetJsonAsync("/readyz");

        status.Should().Be(HttpStatusCode.OK);
        body.ShouldEqualJson("""{"status": "ok", "checks": {"database": "ok", "datahub": "ok"}}""");
    }

    [Test]
    public async Task Readyz_is_503_naming_the_store_when_its_file_is_gone()
    {
        // A real failure of the real SQLite store: the folder is removed and no pooled connection keeps the file open.
        Directory.Delete(_factory.DataDirectory, recursive: true);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (status, body) = await _factory.Anonymous.GetJsonAsync("/readyz");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body!["error"]!["checks"]!["datahub"]!.GetValue<string>().Should().Be("ok");
        body["error"]!["checks"]!["database"]!.GetValue<string>().Should().Contain("unable to open database file");
        Directory.CreateDirectory(_factory.DataDirectory);
    }

    [Test]
    public async Task Readyz_is_503_naming_the_hub_when_it_reports_itself_unhealthy()
    {
        _factory.Faults.Health = _ => ValueTask.FromResult(new DataHubHealth(false, "redis", "connection refused"));

        var (status, body) = await _factory.Anonymous.GetJsonAsync("/readyz");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.ShouldEqualJson("""
            {"error": {"code": "unavailable", "message": "Not ready: datahub: connection refused.",
                       "checks": {"database": "ok", "datahub": "connection refused"}}}
            """);
    }

    [Test]
    public async Task Readyz_is_503_when_the_hub_does_not_answer_within_the_readiness_timeout()
    {
        // A hub that ignores the token too: the probe must still answer.
        var never = new TaskCompletionSource<DataHubHealth>();
        _factory.Faults.Health = _ => new ValueTask<DataHubHealth>(never.Task);

        var (status, body) = await _factory.Anonymous.GetJsonAsync("/readyz");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body!["error"]!["checks"]!["datahub"]!.GetValue<string>().Should().Be("no answer within 200 ms");
    }

    [Test]
    public async Task Readyz_is_503_when_the_health_check_throws()
    {
        _factory.Faults.Health = _ => throw new InvalidOperationException("socket closed");

        var (status, body) = await _factory.Anonymous.GetJsonAsync("/readyz");

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        body!["error"]!["checks"]!["datahub"]!.GetValue<string>().Should().Be("socket closed");
    }

    [Test]
    public async Task Readyz_is_503_once_the_host_is_stopping_while_healthz_stays_ok()
    {
        using var gate = new StoppingGate();
        var data = Directory.CreateTempSubdirectory("master-health-tests-");
        await using var server = await AgentChannelServer.StartAsync(
            services =>
            {
                // The stopping phase runs in reverse registration order: the gateway first, then the gate, then the hub.
                services.AddDataHub().AddMemoryDataHub();
                services.AddHostedService(_ => gate);
                services.AddMasterDatabase();
                services.AddMasterSecurity();
                services.AddMasterQuery();
                services.AddMasterGateway();
            },
            app =>
            {
                app.UseMasterGateway();
                app.MapMasterGateway();
            },
            new Dictionary<string, string?>
            {
                ["Master:Database:Path"] = Path.Combine(data.FullName, "master.db"),
                ["Master:Security:DataDirectory"] = data.FullName,
            });
        var (readyBefore, _) = await server.Client.GetJsonAsync("/readyz");

        var stopping = server.StopAsync();
        (await gate.WaitUntilEnteredAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        var (readyStatus, ready) = await server.Client.GetJsonAsync("/readyz");
        var (healthStatus, _) = await server.Client.GetJsonAsync("/healthz");
        gate.Release();
        await stopping;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);

        readyBefore.Should().Be(HttpStatusCode.OK);
        readyStatus.Should().Be(HttpStatusCode.ServiceUnavailable);
        ready.ShouldEqualJson("""
            {"error": {"code": "unavailable", "message": "Not ready: host: stopping.", "checks": {"datahub": "ok", "database": "ok", "host": "stopping"}}}
            """);
        healthStatus.Should().Be(HttpStatusCode.OK);
    }
}
