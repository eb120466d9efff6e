using System.Text.Json;
using Master.Database.Commands;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Command_write_inserts_a_record_that_reads_back_field_for_field_in_utc()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var command = FullCommand("cmd-1");
        var bare = Command("cmd-2", "c1", "restart", "pending", Start);

        var written = await commands.WriteAsync([command, bare]);
        var stored = await commands.GetAsync("cmd-1");

        written.Should().Be(2);
        stored.Should().Be(command);
        stored!.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
        stored.ExpiresAt.Offset.Should().Be(TimeSpan.Zero);
        stored.DispatchedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
        stored.Result!.ExecutedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
        stored.Result.ReceivedAt.Offset.Should().Be(TimeSpan.Zero);
        stored.LateResult!.ExecutedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
        stored.LateResult.ReceivedAt.Offset.Should().Be(TimeSpan.Zero);
        (await commands.GetAsync("cmd-2")).Should().Be(bare);
        (await commands.GetAsync("nope")).Should().BeNull();
    }

    [Test]
    public async Task Command_late_result_is_stored_as_a_camel_case_json_object_with_utc_times()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        await new SqlCommandHistoryRepository(engine).WriteAsync([FullCommand("cmd-1")]);

        var json = await ScalarAsync<string>(engine, "SELECT late_result FROM command_history WHERE id = 'cmd-1'");
        var timeout = await ScalarAsync<long>(engine, "SELECT result_timeout_ms FROM command_history WHERE id = 'cmd-1'");

        using var document = JsonDocument.Parse(json);
        var late = document.RootElement;
        late.EnumerateObject().Select(p => p.Name).Should()
            .BeEquivalentTo(["success", "output", "error", "execTimeNs", "executedAt", "receivedAt"]);
        late.GetProperty("success").GetBoolean().Should().BeTrue();
        late.GetProperty("output").GetString().Should().Be("late output");
        late.GetProperty("execTimeNs").GetInt64().Should().Be(7_000_000_000);
        late.GetProperty("executedAt").GetString().Should().Be("2026-05-01T08:03:00.000001Z");
        late.GetProperty("receivedAt").GetString().Should().Be("2026-05-01T08:10:00Z");
        timeout.Should().Be(90_500);
    }

    [Test]
    public async Task Command_write_replaces_a_record_only_with_a_newer_revision()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var finished = FullCommand("cmd-1") with { Revision = 3 };
        var retried = Command("cmd-1", "c1", "restart", "pending", Start, revision: 4) with { Source = "api" };
        var expected = retried with
        {
            Kind = finished.Kind,
            Namespace = finished.Namespace,
            Name = finished.Name,
            Params = finished.Params,
            Source = finished.Source,
            CreatedBy = finished.CreatedBy,
            CreatedAt = finished.CreatedAt,
            ExpiresAt = finished.ExpiresAt,
            ResultTimeout = finished.ResultTimeout,
        };

        var inserted = await commands.WriteAsync([finished]);
        var repeated = await commands.WriteAsync([finished]);
        var equal = await commands.WriteAsync([finished with { Status = "cancelled" }]);
        var older = await commands.WriteAsync([finished with { Revision = 2, Status = "pending" }]);
        var unchanged = await commands.GetAsync("cmd-1");
        var newer = await commands.WriteAsync([retried]);

        (inserted, repeated, equal, older, newer).Should().Be((1, 0, 0, 0, 1));
        unchanged.Should().Be(finished);
        (await commands.GetAsync("cmd-1")).Should().Be(
            expected, "a newer revision replaces the status, times and results, clearing what it does not set, and nothing fixed at creation");
    }

    [Test]
    public async Task Command_write_of_a_batch_mixing_new_newer_and_stale_records_counts_what_it_wrote()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var a = Command("a", "c1", "restart", "succeeded", Start, revision: 3);
        var b = Command("b", "c1", "restart", "pending", Start, revision: 1);
        await commands.WriteAsync([a, b]);
        var newerB = b with { Status = "dispatched", Revision = 2, DispatchedAt = Start.AddSeconds(1) };
        var c = Command("c", "c2", "scale", "pending", Start.AddSeconds(2));
        var d = Command("d", "c2", "scale", "pending", Start.AddSeconds(3));

        var written = await commands.WriteAsync(
            [a with { Revision = 2, Status = "pending" }, newerB, c, c with { Status = "failed" }, d, newerB with { Status = "cancelled" }]);

        written.Should().Be(3);
        (await commands.GetAsync("a")).Should().Be(a);
        (await commands.GetAsync("b")).Should().Be(newerB);
        (await commands.GetAsync("c")).Should().Be(c);
        (await commands.GetAsync("d")).Should().Be(d);
        (await commands.WriteAsync([])).Should().Be(0);
    }

    [Test]
    public async Task Commands_page_newest_first_with_filters_and_stable_cursors()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var expected = new List<string>();
        var matching = new List<CommandRecord>();
        for (var i = 0; i < 5; i++)
        {
            // Two commands per instant: the id breaks the tie.
            var id = $"cmd-{i}";
            expected.Add(id);
            matching.Add(Command(id, "c1", "restart", "succeeded", Start.AddMinutes(i / 2)) with { Source = "api" });
        }

        await commands.WriteAsync(
        [
            .. matching,
            Command("other-cluster", "c2", "restart", "succeeded", Start) with { Source = "api" },
            Command("other-status", "c1", "restart", "failed", Start) with { Source = "api" },
            Command("other-action", "c1", "scale", "succeeded", Start) with { Source = "api" },
            Command("other-source", "c1", "restart", "succeeded", Start) with { Source = "ai" },
            Command("no-source", "c1", "restart", "succeeded", Start),
            Command("too-old", "c1", "restart", "succeeded", Start.AddTicks(-10)) with { Source = "api" },
            Command("at-until", "c1", "restart", "succeeded", Start.AddHours(1)) with { Source = "api" },
        ]);
        var query = new CommandQuery("c1", "succeeded", "restart", "api", Start, Start.AddHours(1), Limit: 2);

        var first = await commands.ListAsync(query);
        await commands.WriteAsync([Command("newer", "c1", "restart", "succeeded", Start.AddMinutes(30)) with { Source = "api" }]);
        var second = await commands.ListAsync(query with { After = first.Next });
        var third = await commands.ListAsync(query with { After = second.Next });

        first.Items.Concat(second.Items).Concat(third.Items).Select(c => c.Id).Should().Equal(Enumerable.Reverse(expected));
        first.Items.Should().Equal(matching[4], matching[3]);
        third.Next.Should().BeNull();
        (await commands.CountAsync(query with { After = second.Next })).Should().Be(
            expected.Count + 1, "a count ignores the cursor and the limit, and the newer command matches too");
        (await commands.CountAsync(new CommandQuery())).Should().Be(13);
        (await commands.ListAsync(new CommandQuery(ClusterId: Injection))).Items.Should().BeEmpty();
        (await commands.ListAsync(new CommandQuery(Source: Injection))).Items.Should().BeEmpty();
        (await commands.ListAsync(new CommandQuery(Limit: 100))).Items.Should().HaveCount(13);
        (await commands.ListAsync(new CommandQuery(Until: Start))).Items.Select(c => c.Id).Should().Equal("too-old");
        (await commands.ListAsync(new CommandQuery(Since: Start.AddHours(1)))).Items.Select(c => c.Id).Should().Equal("at-until");
    }

    [Test]
    public async Task Commands_created_in_the_same_instant_page_without_skips_or_repeats()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        string[] ids = ["cmd-a", "cmd-b", "cmd-c", "cmd-d", "cmd-e", "cmd-f", "cmd-g"];
        await commands.WriteAsync([.. ids.Select(id => Command(id, "c1", "restart", "succeeded", Start))]);
        var seen = new List<string>();
        var pages = 0;

        for (CommandCursor? after = null; pages == 0 || after is not null; pages++)
        {
            var page = await commands.ListAsync(new CommandQuery(Limit: 3, After: after));
            seen.AddRange(page.Items.Select(c => c.Id));

            // The cursor travels as its opaque token, as it does through the API.
            after = page.Next is { } next && CommandCursor.TryDecode(next.Encode(), out var decoded) ? decoded : null;
        }

        pages.Should().Be(3);
        seen.Should().Equal(Enumerable.Reverse(ids));
    }

    [Test]
    public async Task Unfinished_commands_are_the_pending_and_dispatched_ones_oldest_first()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var late = Command("late", "c1", "restart", "pending", Start.AddMinutes(2));
        var dispatched = Command("dispatched", "c2", "restart", "dispatched", Start.AddMinutes(1)) with { DispatchedAt = Start.AddMinutes(1) };
        var tiedB = Command("tied-b", "c1", "restart", "pending", Start);
        var tiedA = Command("tied-a", "c1", "restart", "pending", Start);
        await commands.WriteAsync(
        [
            late, dispatched, tiedB, tiedA,
            .. new[] { "succeeded", "failed", "timeout", "expired", "cancelled" }.Select(s => Command(s, "c1", "restart", s, Start.AddTicks(-10))),
        ]);

        var unfinished = await commands.ListUnfinishedAsync();

        unfinished.Should().Equal(tiedA, tiedB, dispatched, late);
    }

    [Test]
    public async Task Log_chunks_are_stored_once_per_key_and_the_stream_reads_in_offset_order()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var logs = new SqlCommandLogRepository(database.Engines[0], new SteppingClock(Start));
        await commands.WriteAsync([Command("cmd-1", "c1", "logs", "dispatched", Start)]);

        var first = await logs.AppendChunksAsync(
            "cmd-1", [new("stdout", 6, "world\n"), new("stdout", 0, "hello "), new("stderr", 0, Injection)]);
        var resent = await logs.AppendChunksAsync(
            "cmd-1", [new("stdout", 0, "hello "), new("stdout", 6, "other"), new("stdout", 12, "!"), new("stdout", 12, "?")]);

        first.Should().Be(3);
        resent.Should().Be(1, "a chunk whose key is stored is ignored, whatever its data");
        (await logs.ReadStreamAsync("cmd-1", "stdout")).Should().Be("hello world\n!");
        (await logs.ReadStreamAsync("cmd-1", "stderr")).Should().Be(Injection);
        (await logs.ReadStreamAsync("cmd-1", "other")).Should().BeEmpty();
        (await logs.AppendChunksAsync("cmd-1", [])).Should().Be(0);
    }

    [Test]
    public async Task Log_chunks_of_an_unknown_command_store_nothing()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        var logs = new SqlCommandLogRepository(engine, new SteppingClock(Start));

        var stored = await logs.AppendChunksAsync("nope", [new("stdout", 0, "x")]);

        stored.Should().Be(0);
        (await logs.ReadStreamAsync("nope", "stdout")).Should().BeEmpty();
        (await ScalarAsync<long>(engine, "SELECT COUNT(*) FROM command_log_chunks")).Should().Be(0);
    }

    private static CommandRecord Command(
        string id, string clusterId, string action, string status, DateTimeOffset createdAt, long revision = 1) =>
        new(id, clusterId, "ops", action, null, null, null, null, null, null, status, revision, createdAt, createdAt.AddMinutes(5),
            TimeSpan.FromMinutes(2));

    /// <summary>A command with every field set, its times given in another offset than UTC and to the microsecond.</summary>
    private static CommandRecord FullCommand(string id)
    {
        var plusTwo = TimeSpan.FromHours(2);
        var createdAt = new DateTimeOffset(2026, 5, 1, 10, 0, 0, plusTwo).AddTicks(10);
        return new CommandRecord(
            id, "c1", "ops", "restart", "Deployment", "shop", "web", """{"replicas":3,"reason":"it's \"stuck\""}""", "api", "ada",
            "timeout", 5, createdAt, createdAt.AddMinutes(5), TimeSpan.FromMilliseconds(90_500),
            DispatchedAt: createdAt.AddSeconds(1),
            FinishedAt: createdAt.AddMinutes(2),
            Result: new CommandResultRecord(false, "partial", "deadline exceeded", 1_234_567, createdAt.AddSeconds(2), createdAt.AddMinutes(2)),
            LateResult: new CommandResultRecord(
                true, "late output", null, 7_000_000_000, new DateTimeOffset(2026, 5, 1, 8, 3, 0, TimeSpan.Zero).AddTicks(10),
                new DateTimeOffset(2026, 5, 1, 12, 10, 0, TimeSpan.FromHours(4))));
    }
}
