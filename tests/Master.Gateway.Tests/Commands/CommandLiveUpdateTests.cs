using Master.Gateway.Tests.Live;

namespace Master.Gateway.Tests.Commands;

/// <summary>Every status change of a submitted command reaches the WebSocket <c>commands</c> topic (gateway-api.md, Live updates).</summary>
public sealed class CommandLiveUpdateTests : CommandFixture
{
    [Test]
    public async Task A_subscriber_sees_a_command_go_from_pending_to_dispatched_to_succeeded()
    {
        using var client = await LiveClient.ConnectAsync(Factory);
        await client.SubscribeAsync("commands");

        var id = await SubmitRestartAsync("prod-us");
        await Agent.TakeCommandAsync("prod-us");
        await Agent.PostResultAsync("prod-us", id, output: "secret-free output");

        var statuses = new List<string>();
        while (statuses.Count < 3)
        {
            var message = await client.ReceiveAsync();
            if (message["type"]!.GetValue<string>() == "command.updated" && message["data"]!["id"]!.GetValue<string>() == id)
            {
                statuses.Add(message["data"]!["status"]!.GetValue<string>());
                message["data"]!.ToJsonString().Should().NotContain("secret-free output", "outputs stay out of the live feed");
            }
        }

        statuses.Should().Equal("pending", "dispatched", "succeeded");
    }
}
