using System.Data.Common;
using Master.Database.Ai;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Ai_session_ids_are_unique_and_sessions_list_most_recently_active_first()
    {
        await using var database = await MigratedAsync();
        var sessions = new SqlAiSessionRepository(database.Engines[0], new SteppingClock(Start));

        (await sessions.CreateAsync(new AiSessionRecord("s1", 7, "c1", "first", "gpt"))).Should().BeTrue();
        (await sessions.CreateAsync(new AiSessionRecord("s2", 7, null, "", null))).Should().BeTrue();
        (await sessions.CreateAsync(new AiSessionRecord("s3", 8, null, "", null))).Should().BeTrue();
        (await sessions.CreateAsync(new AiSessionRecord("s1", 9, null, "again", null))).Should().BeFalse();
        await sessions.AppendMessageAsync("s1", "user", "hello");

        (await sessions.ListForUserAsync(7)).Select(s => s.Id).Should().Equal("s1", "s2");
        var s1 = (await sessions.GetAsync("s1"))!;
        s1.Should().BeEquivalentTo(new { UserId = (long?)7, ClusterId = "c1", Title = "first", Model = "gpt", CreatedAt = Start });
        s1.UpdatedAt.Should().BeAfter(s1.CreatedAt);
        (await sessions.GetAsync(Injection)).Should().BeNull();
    }

    [Test]
    public async Task Ai_messages_take_the_next_seq_per_session_and_read_in_order()
    {
        await using var database = await MigratedAsync();
        var sessions = new SqlAiSessionRepository(database.Engines[0], new SteppingClock(Start));
        await sessions.CreateAsync(new AiSessionRecord("s1", null, null, "", null));
        await sessions.CreateAsync(new AiSessionRecord("s2", null, null, "", null));

        var question = await sessions.AppendMessageAsync("s1", "user", Injection);
        await sessions.AppendMessageAsync("s2", "user", "other");
        var answer = await sessions.AppendMessageAsync("s1", "assistant", "answer");
        var orphan = () => sessions.AppendMessageAsync("nope", "user", "x");

        question.Seq.Should().Be(1);
        answer.Seq.Should().Be(2);
        await orphan.Should().ThrowAsync<DbException>();
        (await sessions.ListMessagesAsync("s1")).Should().Equal(question, answer);
        (await sessions.ListMessagesAsync("s2")).Single().Seq.Should().Be(1);
    }

    [Test]
    public async Task Ai_tool_calls_are_recorded_finished_and_deleted_with_their_session()
    {
        await using var database = await MigratedAsync();
        var sessions = new SqlAiSessionRepository(database.Engines[0], new SteppingClock(Start));
        var calls = new SqlAiToolCallRepository(database.Engines[0]);
        await sessions.CreateAsync(new AiSessionRecord("s1", null, null, "", null));
        var message = await sessions.AppendMessageAsync("s1", "assistant", "calling");

        var first = await calls.AppendAsync(
            new AiToolCallRecord(0, "s1", message.Id, "call-1", "list_pods", """{"ns":"default"}""", null, "running", null, Start));
        var second = await calls.AppendAsync(new AiToolCallRecord(0, "s1", null, "call-2", "get_logs", null, null, "running", null, Start));
        (await calls.FinishAsync(first, "succeeded", "3 pods", 120, Start.AddSeconds(1))).Should().BeTrue();
        (await calls.FinishAsync(second + 100, "failed", null, null, Start)).Should().BeFalse();

        var listed = await calls.ListAsync("s1");
        listed.Select(c => c.Id).Should().Equal(first, second);
        listed[0].Should().Be(new AiToolCallRecord(
            first, "s1", message.Id, "call-1", "list_pods", """{"ns":"default"}""", "3 pods", "succeeded", 120, Start, Start.AddSeconds(1)));
        (await sessions.DeleteAsync("s1")).Should().BeTrue();
        (await calls.ListAsync("s1")).Should().BeEmpty();
        (await sessions.ListMessagesAsync("s1")).Should().BeEmpty();
        (await sessions.DeleteAsync("s1")).Should().BeFalse();
    }
}
