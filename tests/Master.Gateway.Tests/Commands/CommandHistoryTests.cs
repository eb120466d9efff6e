using System.Net;
using Master.Database.Commands;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Commands;

/// <summary><c>GET /api/v2/commands</c>: the history from the relational store, filtered and paged, with secret outputs masked.</summary>
public sealed class CommandHistoryTests : CommandFixture
{
    [Test]
    public async Task The_history_is_newest_first_and_filters_by_cluster_status_action_and_source()
    {
        var restartUs = await SubmitRestartAsync("prod-us", source: "web");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var restartEu = await SubmitRestartAsync("prod-eu", source: "api");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var (_, cordon) = await PostCommandAsync("""{"cluster": "staging", "action": "cordon", "target": {"name": "node-1"}, "source": "ai"}""");
        var cordonId = cordon!["items"]![0]!["id"]!.GetValue<string>();
        await Agent.TakeCommandAsync("staging", "ai");
        await Agent.PostResultAsync("staging", cordonId);

        (await ListIdsAsync("")).Should().Equal(cordonId, restartEu, restartUs);
        (await ListIdsAsync("cluster=Production%20EU")).Should().Equal(restartEu);
        (await ListIdsAsync("cluster=prod-us")).Should().Equal(restartUs);
        (await ListIdsAsync("status=succeeded")).Should().Equal(cordonId);
        (await ListIdsAsync("status=pending")).Should().Equal(restartEu, restartUs);
        (await ListIdsAsync("action=restart")).Should().Equal(restartEu, restartUs);
        (await ListIdsAsync("source=ai")).Should().Equal(cordonId);
        (await ListIdsAsync("since=2025-06-12T06:00:01Z")).Should().Equal(cordonId, restartEu);
        (await ListIdsAsync("until=2025-06-12T06:00:01Z")).Should().Equal(restartUs);
    }

    [Test]
    public async Task The_history_pages_with_a_cursor_without_skipping_or_repeating()
    {
        var (_, body) = await PostCommandAsync(
            """{"clusters": ["prod-eu", "prod-us", "staging"], "action": "restart", "target": {"namespace": "shop", "name": "api"}}""");
        var created = body!["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList();

        var (_, first) = await Gateway.GetJsonAsync("/api/v2/commands?limit=2");
        var cursor = first!["nextCursor"]!.GetValue<string>();
        var (_, second) = await Gateway.GetJsonAsync($"/api/v2/commands?limit=2&cursor={cursor}");

        var seen = first["items"]!.AsArray().Concat(second!["items"]!.AsArray()).Select(item => item!["id"]!.GetValue<string>()).ToList();
        seen.Should().BeEquivalentTo(created);
        seen.Should().OnlyHaveUniqueItems();
        second["nextCursor"].Should().BeNull();
        first["total"]!.GetValue<int>().Should().Be(3);
    }

    [TestCase("status=running", "status")]
    [TestCase("limit=0", "limit")]
    [TestCase("cursor=garbage", "cursor")]
    [TestCase("since=yesterday", "since")]
    [TestCase("since=2025-06-12T07:00:00Z&until=2025-06-12T06:00:00Z", "until")]
    public async Task A_bad_filter_is_422_naming_it(string query, string parameter)
    {
        var (status, body) = await Gateway.GetJsonAsync("/api/v2/commands?" + query);

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"]!.PropertyNames().Should().Equal(parameter);
    }

    [Test]
    public async Task The_list_leaves_outputs_out_and_the_command_has_them()
    {
        var id = await SubmitRestartAsync("prod-us");
        await Agent.TakeCommandAsync("prod-us");
        await Agent.PostResultAsync("prod-us", id, output: "restarted");

        var (_, page) = await Gateway.GetJsonAsync("/api/v2/commands");

        page!["items"]![0]!["result"]!.PropertyNames().Should().NotContain("output");
        (await GetCommandAsync(id))["result"]!["output"]!.GetValue<string>().Should().Be("restarted");
    }

    [Test]
    public async Task A_secrets_output_is_masked_in_the_history_and_for_viewers_and_shown_to_operators_while_live()
    {
        var (_, body) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "get_secret", "target": {"kind": "Secret", "namespace": "shop", "name": "db"}}""");
        var id = body!["items"]![0]!["id"]!.GetValue<string>();
        await Agent.TakeCommandAsync("prod-eu");
        await Agent.PostResultAsync("prod-eu", id, output: """{"PASSWORD":"hunter2"}""");

        var operatorView = await GetCommandAsync(id, Factory.ClientAs(Role.Operator));
        var viewerView = await GetCommandAsync(id, Factory.ClientAs(Role.Viewer));
        var (_, page) = await Gateway.GetJsonAsync("/api/v2/commands?status=succeeded");

        operatorView["result"]!["output"]!.GetValue<string>().Should().Be("""{"PASSWORD":"hunter2"}""");
        viewerView["result"]!["output"]!.GetValue<string>().Should().Be("***");
        page!["items"]!.ToJsonString().Should().NotContain("hunter2");
        var stored = await Factory.Services.GetRequiredService<ICommandHistoryRepository>().GetAsync(id);
        stored!.Result!.Output.Should().Be("***", "the history never holds the secret");
    }

    private async Task<List<string>> ListIdsAsync(string query)
    {
        var (status, page) = await Gateway.GetJsonAsync("/api/v2/commands?" + query);
        status.Should().Be(HttpStatusCode.OK);
        return [.. page!["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>())];
    }
}
