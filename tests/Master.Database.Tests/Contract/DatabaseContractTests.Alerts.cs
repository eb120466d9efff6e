using Master.Database.Alerts;
using Master.Database.Registry;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Alert_rule_round_trips_and_its_name_is_unique()
    {
        await using var database = await MigratedAsync();
        var rules = new SqlAlertRuleRepository(database.Engines[0], new SteppingClock(Start));
        var rule = Rule("pods-down") with { Labels = new Dictionary<string, string> { ["team"] = Injection }, ChannelIds = [3, 5] };

        var id = (await rules.CreateAsync(rule))!.Value;
        var duplicate = await rules.CreateAsync(Rule("pods-down"));

        duplicate.Should().BeNull();
        (await rules.GetAsync(id)).Should().BeEquivalentTo(rule with { Id = id, CreatedAt = Start, UpdatedAt = Start });
        (await rules.GetAsync(id + 1)).Should().BeNull();
    }

    [Test]
    public async Task Alert_rule_update_and_delete_keep_the_history()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var rules = new SqlAlertRuleRepository(database.Engines[0], clock);
        var history = new SqlAlertHistoryRepository(database.Engines[0]);
        var first = (await rules.CreateAsync(Rule("a")))!.Value;
        var second = (await rules.CreateAsync(Rule("b")))!.Value;
        var firing = await history.AppendAsync(Firing(first, Start));

        (await rules.UpdateAsync(Rule("c") with { Id = first, Enabled = false, ForSeconds = 60 })).Should().Be(WriteOutcome.Written);
        (await rules.UpdateAsync(Rule("c") with { Id = second })).Should().Be(WriteOutcome.Conflict);
        (await rules.UpdateAsync(Rule("d") with { Id = 999 })).Should().Be(WriteOutcome.NotFound);
        var updated = (await rules.GetAsync(first))!;
        (await rules.DeleteAsync(first)).Should().BeTrue();

        updated.Should().BeEquivalentTo(new { Name = "c", Enabled = false, ForSeconds = 60, CreatedAt = Start });
        updated.UpdatedAt.Should().BeAfter(Start);
        (await rules.ListAsync()).Select(r => r.Name).Should().Equal("b");
        (await history.ListAsync(
            new AlertHistoryQuery())).Items.Should().ContainSingle(h => h.Id == firing && h.RuleId == null && h.RuleName == "rule");
        (await rules.DeleteAsync(first)).Should().BeFalse();
    }

    [Test]
    public async Task Alert_history_resolves_notifies_filters_and_pages_newest_first()
    {
        await using var database = await MigratedAsync();
        var rules = new SqlAlertRuleRepository(database.Engines[0], new SteppingClock(Start));
        var history = new SqlAlertHistoryRepository(database.Engines[0]);
        var rule = (await rules.CreateAsync(Rule("a")))!.Value;
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await history.AppendAsync(Firing(rule, Start.AddMinutes(i))));
        }

        await history.AppendAsync(Firing(null, Start) with { ClusterId = "c2" });

        (await history.ResolveAsync(ids[0], Start.AddHours(1))).Should().BeTrue();
        (await history.MarkNotifiedAsync(ids[0])).Should().BeTrue();
        (await history.ResolveAsync(999, Start)).Should().BeFalse();
        var first = await history.ListAsync(new AlertHistoryQuery(RuleId: rule, ClusterId: "c1", Limit: 3));
        var rest = await history.ListAsync(new AlertHistoryQuery(RuleId: rule, ClusterId: "c1", Limit: 3, After: first.Next));

        first.Items.Concat(rest.Items).Select(h => h.Id).Should().Equal(Enumerable.Reverse(ids));
        rest.Next.Should().BeNull();
        rest.Items.Single().Should().BeEquivalentTo(
            new { State = "resolved", ResolvedAt = (DateTimeOffset?)Start.AddHours(1), Notified = true });
        (await history.ListAsync(
            new AlertHistoryQuery(State: "firing", Since: Start.AddMinutes(2)))).Items.Select(h => h.Id).Should().Equal(ids[3], ids[2]);
        (await history.ListAsync(new AlertHistoryQuery(ClusterId: Injection))).Items.Should().BeEmpty();
    }

    [Test]
    public async Task Notify_channel_stores_the_encrypted_secrets_as_given_and_records_tests()
    {
        await using var database = await MigratedAsync();
        var channels = new SqlNotifyChannelRepository(database.Engines[0], new SteppingClock(Start));
        var channel = new NotifyChannelRecord(0, "ops-hook", "webhook", """{"url":"https://example.test/hook"}""", "v1:AbC+/=", true);

        var id = (await channels.CreateAsync(channel))!.Value;
        var duplicate = await channels.CreateAsync(channel with { Kind = "email" }); // reads the clock as well
        (await channels.RecordTestAsync(id, "failed", Injection)).Should().BeTrue();
        (await channels.UpdateAsync(channel with { Id = id, EncryptedSecrets = null, Enabled = false })).Should().Be(WriteOutcome.Written);

        duplicate.Should().BeNull();
        (await channels.GetAsync(id)).Should().BeEquivalentTo(channel with
        {
            Id = id,
            EncryptedSecrets = null,
            Enabled = false,
            LastTestAt = Start.AddSeconds(2),
            LastTestStatus = "failed",
            LastTestMessage = Injection,
            CreatedAt = Start,
            UpdatedAt = Start.AddSeconds(3),
        });
        (await channels.RecordTestAsync(id + 1, "ok", null)).Should().BeFalse();
    }

    [Test]
    public async Task Notify_channel_names_are_unique_on_update_and_channels_delete()
    {
        await using var database = await MigratedAsync();
        var channels = new SqlNotifyChannelRepository(database.Engines[0], new SteppingClock(Start));
        var a = (await channels.CreateAsync(new NotifyChannelRecord(0, "a", "email", "{}", "secret-blob", true)))!.Value;
        var b = (await channels.CreateAsync(new NotifyChannelRecord(0, "b", "email", "{}", null, true)))!.Value;

        (await channels.UpdateAsync(new NotifyChannelRecord(b, "a", "email", "{}", null, true))).Should().Be(WriteOutcome.Conflict);
        (await channels.UpdateAsync(new NotifyChannelRecord(999, "z", "email", "{}", null, true))).Should().Be(WriteOutcome.NotFound);
        (await channels.DeleteAsync(a)).Should().BeTrue();
        (await channels.DeleteAsync(a)).Should().BeFalse();

        (await channels.ListAsync()).Select(c => c.Name).Should().Equal("b");
    }

    private static AlertRuleRecord Rule(string name) =>
        new(0, name, null, "up == 0", "critical", 0, true, new Dictionary<string, string>(), []);

    private static AlertHistoryRecord Firing(long? ruleId, DateTimeOffset startedAt) =>
        new(0, ruleId, "rule", "c1", "critical", "firing", "down", "0", startedAt, null, false);
}
