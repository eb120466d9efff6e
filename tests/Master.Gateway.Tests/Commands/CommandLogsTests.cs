using System.Net;
using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Commands;

/// <summary>
/// <c>POST /agent/logs</c> (agent-protocol.md §11.5, C94–C97) and <c>GET /api/v2/commands/{id}/logs</c>: chunks stored
/// once per key and served in offset order per stream.
/// </summary>
public sealed class CommandLogsTests : CommandFixture
{
    [Test]
    public async Task C94_pushed_chunks_are_served_per_stream_in_offset_order()
    {
        var id = await SubmitRestartAsync("prod-us");

        using var response = await Agent.PostLogsAsync("prod-us", SampleChunks(id, "applying 3 objects\n", "done\n"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}\n");
        var (status, logs) = await Gateway.GetJsonAsync($"/api/v2/commands/{id}/logs");
        status.Should().Be(HttpStatusCode.OK);
        logs.ShouldEqualJson("""{"stdout": "applying 3 objects\ndone\n", "stderr": "warning: namespace default used\n"}""");
    }

    [Test]
    public async Task C95_a_chunk_sent_again_with_other_data_changes_nothing()
    {
        var id = await SubmitRestartAsync("prod-us");
        (await Agent.PostLogsAsync("prod-us", SampleChunks(id, "applying 3 objects\n", "done\n"))).Dispose();

        using var again = await Agent.PostLogsAsync("prod-us", SampleChunks(id, "APPLYING 3 OBJECTS\n", "DONE\n"));

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        var (_, logs) = await Gateway.GetJsonAsync($"/api/v2/commands/{id}/logs");
        logs!["stdout"]!.GetValue<string>().Should().Be("applying 3 objects\ndone\n");
    }

    [Test]
    public async Task C96_one_invalid_chunk_refuses_the_whole_request()
    {
        var id = await SubmitRestartAsync("prod-us");

        using var response = await Agent.PostLogsAsync("prod-us", $$"""
            {"commandId": "{{id}}", "chunks": [{"offset": 0, "stream": "stdout", "data": "kept?\n"}, {"offset": 0, "stream": "stdin", "data": "x"}]}
            """);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"invalid_chunk\"");
        var (_, logs) = await Gateway.GetJsonAsync($"/api/v2/commands/{id}/logs");
        logs.ShouldEqualJson("""{"stdout": "", "stderr": ""}""");
    }

    [TestCase("""{"offset": -1, "stream": "stdout", "data": "x"}""")]
    [TestCase("""{"offset": 1.5, "stream": "stdout", "data": "x"}""")]
    [TestCase("""{"offset": "0", "stream": "stdout", "data": "x"}""")]
    [TestCase("""{"offset": 0, "stream": "stdout"}""")]
    [TestCase("""{"stream": "stdout", "data": "x"}""")]
    [TestCase("\"not an object\"")]
    public async Task A_malformed_chunk_is_400_invalid_chunk(string chunk)
    {
        var id = await SubmitRestartAsync("prod-us");

        using var response = await Agent.PostLogsAsync("prod-us", $$"""{"commandId": "{{id}}", "chunks": [{{chunk}}]}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"invalid_chunk\"");
    }

    [Test]
    public async Task More_than_a_thousand_chunks_are_refused()
    {
        var id = await SubmitRestartAsync("prod-us");
        var chunks = string.Join(",", Enumerable.Range(0, 1001).Select(i => $$"""{"offset": {{i}}, "stream": "stdout", "data": "x"}"""));

        using var response = await Agent.PostLogsAsync("prod-us", $$"""{"commandId": "{{id}}", "chunks": [{{chunks}}]}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"invalid_chunk\"");
    }

    [Test]
    public async Task C97_chunks_for_an_unknown_command_are_answered_200_and_stored_nowhere()
    {
        using var response = await Agent.PostLogsAsync("prod-us", SampleChunks("a8e1c3f5-2b4d-4c6e-9f80-1a2b3c4d5e6f", "x\n", "y\n"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (status, _) = await Gateway.GetJsonAsync("/api/v2/commands/a8e1c3f5-2b4d-4c6e-9f80-1a2b3c4d5e6f/logs");
        status.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_push_without_a_command_id_is_400_command_id_required()
    {
        using var response = await Agent.PostLogsAsync("prod-us", """{"chunks": []}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"command_id_required\"");
    }

    [Test]
    public async Task Chunks_from_another_cluster_are_ignored()
    {
        var id = await SubmitRestartAsync("prod-us");

        using var response = await Agent.PostLogsAsync("staging", SampleChunks(id, "forged\n", "forged\n"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var (_, logs) = await Gateway.GetJsonAsync($"/api/v2/commands/{id}/logs");
        logs.ShouldEqualJson("""{"stdout": "", "stderr": ""}""");
    }

    [Test]
    public async Task Chunks_after_the_result_are_still_stored()
    {
        var id = await SubmitRestartAsync("prod-us");
        await Agent.TakeCommandAsync("prod-us");
        await Agent.PostResultAsync("prod-us", id);

        (await Agent.PostLogsAsync("prod-us", SampleChunks(id, "late\n", "later\n"))).Dispose();

        var (_, logs) = await Gateway.GetJsonAsync($"/api/v2/commands/{id}/logs");
        logs!["stdout"]!.GetValue<string>().Should().Be("late\nlater\n");
    }

    [Test]
    public async Task The_log_text_of_a_get_logs_result_is_readable_as_its_stdout()
    {
        var (_, body) = await PostCommandAsync(
            """{"cluster": "prod-eu", "action": "get_logs", "target": {"kind": "Pod", "namespace": "shop", "name": "api-5c8d7f9b4-qm2lp"}, "params": {"container": "api", "tailLines": 50, "sinceSeconds": 600}}""");
        var id = body!["items"]![0]!["id"]!.GetValue<string>();
        await Agent.TakeCommandAsync("prod-eu");
        await Agent.PostResultAsync("prod-eu", id, output: "2025-06-12T06:09:58Z INFO listening on :8080\n");

        var (_, logs) = await Gateway.GetJsonAsync($"/api/v2/commands/{id}/logs");

        logs.ShouldEqualJson("""{"stdout": "2025-06-12T06:09:58Z INFO listening on :8080\n", "stderr": ""}""");
    }

    private static string SampleChunks(string id, string first, string second) => $$"""
        {"commandId": "{{id}}", "chunks": [
          {"offset": {{System.Text.Encoding.UTF8.GetByteCount(first)}}, "stream": "stdout", "data": {{System.Text.Json.JsonSerializer.Serialize(second)}}},
          {"offset": 0, "stream": "stderr", "data": "warning: namespace default used\n"},
          {"offset": 0, "stream": "stdout", "data": {{System.Text.Json.JsonSerializer.Serialize(first)}}}]}
        """;
}
