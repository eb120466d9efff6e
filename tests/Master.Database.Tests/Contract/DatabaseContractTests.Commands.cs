using System.Data.Common;
using Master.Database.Commands;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Command_upsert_inserts_then_replaces_the_record()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var command = new CommandRecord(
            "cmd-1", "c1", "ops", "restart", """{"pod":"web-0"}""", "pending", "ada", Start, ExpiresAt: Start.AddMinutes(5));

        await commands.UpsertAsync(command);
        var inserted = await commands.GetAsync("cmd-1");
        var finished = command with
        {
            Status = "succeeded",
            DispatchedAt = Start.AddSeconds(1),
            FinishedAt = Start.AddSeconds(9),
            ExitCode = 0,
            Result = "ok",
        };
        await commands.UpsertAsync(finished);

        inserted.Should().Be(command);
        (await commands.GetAsync("cmd-1")).Should().Be(finished);
        (await commands.GetAsync("cmd-2")).Should().BeNull();
    }

    [Test]
    public async Task Command_status_update_keeps_the_fields_it_does_not_set()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        await commands.UpsertAsync(Command("cmd-1", "c1", "restart", "pending", Start));

        (await commands.UpdateStatusAsync("cmd-1", new CommandStatusUpdate("running", DispatchedAt: Start.AddSeconds(1)))).Should().BeTrue();
        (await commands.UpdateStatusAsync("cmd-1", new CommandStatusUpdate("failed", FinishedAt: Start.AddSeconds(5), ExitCode: 3, Error: "boom")))
            .Should().BeTrue();
        (await commands.UpdateStatusAsync("nope", new CommandStatusUpdate("failed"))).Should().BeFalse();

        (await commands.GetAsync("cmd-1")).Should().BeEquivalentTo(new
        {
            Status = "failed",
            DispatchedAt = (DateTimeOffset?)Start.AddSeconds(1),
            FinishedAt = (DateTimeOffset?)Start.AddSeconds(5),
            ExitCode = (int?)3,
            Error = "boom",
            Result = (string?)null,
        });
    }

    [Test]
    public async Task Commands_page_newest_first_with_filters_and_stable_cursors()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var expected = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            // Two commands per instant: the id breaks the tie.
            var id = $"cmd-{i}";
            expected.Add(id);
            await commands.UpsertAsync(Command(id, "c1", "restart", "succeeded", Start.AddMinutes(i / 2)));
        }

        await commands.UpsertAsync(Command("other-cluster", "c2", "restart", "succeeded", Start));
        await commands.UpsertAsync(Command("other-status", "c1", "restart", "failed", Start));
        await commands.UpsertAsync(Command("other-action", "c1", "scale", "succeeded", Start));
        await commands.UpsertAsync(Command("too-old", "c1", "restart", "succeeded", Start.AddDays(-1)));
        var query = new CommandQuery("c1", "succeeded", "restart", Start, Limit: 2);

        var first = await commands.ListAsync(query);
        await commands.UpsertAsync(Command("newer", "c1", "restart", "succeeded", Start.AddHours(1)));
        var second = await commands.ListAsync(query with { After = first.Next });
        var third = await commands.ListAsync(query with { After = second.Next });

        first.Items.Concat(second.Items).Concat(third.Items).Select(c => c.Id).Should().Equal(Enumerable.Reverse(expected));
        third.Next.Should().BeNull();
        (await commands.ListAsync(new CommandQuery(ClusterId: Injection))).Items.Should().BeEmpty();
        (await commands.ListAsync(new CommandQuery(Limit: 100))).Items.Should().HaveCount(10);
    }

    [Test]
    public async Task Re_sent_log_chunk_changes_nothing_and_the_stream_reads_in_offset_order()
    {
        await using var database = await MigratedAsync();
        var commands = new SqlCommandHistoryRepository(database.Engines[0]);
        var logs = new SqlCommandLogRepository(database.Engines[0], new SteppingClock(Start));
        await commands.UpsertAsync(Command("cmd-1", "c1", "logs", "running", Start));

        (await logs.AppendChunkAsync("cmd-1", "stdout", 6, "world\n")).Should().BeTrue();
        (await logs.AppendChunkAsync("cmd-1", "stdout", 0, "hello ")).Should().BeTrue();
        (await logs.AppendChunkAsync("cmd-1", "stderr", 0, Injection)).Should().BeTrue();
        var resent = await logs.AppendChunkAsync("cmd-1", "stdout", 0, "hello ");
        var conflicting = await logs.AppendChunkAsync("cmd-1", "stdout", 6, "other");

        resent.Should().BeFalse();
        conflicting.Should().BeFalse("the first chunk at a position stays");
        (await logs.ReadStreamAsync("cmd-1", "stdout")).Should().Be("hello world\n");
        (await logs.ReadStreamAsync("cmd-1", "stderr")).Should().Be(Injection);
        (await logs.ReadStreamAsync("cmd-1", "other")).Should().BeEmpty();
    }

    [Test]
    public async Task Log_chunk_of_an_unknown_command_is_refused()
    {
        await using var database = await MigratedAsync();
        var logs = new SqlCommandLogRepository(database.Engines[0], new SteppingClock(Start));

        var append = () => logs.AppendChunkAsync("nope", "stdout", 0, "x");

        await append.Should().ThrowAsync<DbException>();
    }

    private static CommandRecord Command(string id, string clusterId, string action, string status, DateTimeOffset createdAt) =>
        new(id, clusterId, "ops", action, null, status, null, createdAt);
}
