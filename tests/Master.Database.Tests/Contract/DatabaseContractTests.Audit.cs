using Master.Database.Audit;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Audit_entry_reads_back_with_every_field()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);
        var entry = new AuditLogRecord(0, Start, 7, "ada", "cluster.delete", "cluster", "c1", "c1", false, "10.0.0.1", """{"reason":"x"}""");

        var id = await audit.AppendAsync(entry);
        await audit.AppendAsync(new AuditLogRecord(0, Start, null, "", "system.start", "", "", null, true, null, null));

        var page = await audit.ListAsync(new AuditLogQuery(Action: "cluster.delete"));
        page.Items.Should().Equal(entry with { Id = id });
        page.Next.Should().BeNull();
        (await audit.ListAsync(new AuditLogQuery(Actor: ""))).Items.Single().UserId.Should().BeNull();
    }

    [Test]
    public async Task Audit_log_pages_newest_first_without_gaps_or_repeats()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            // Pairs share a timestamp, so the id must break ties for the order to be stable.
            ids.Add(await audit.AppendAsync(AuditEntry(Start.AddMinutes(i / 2), "ada", "login", "")));
        }

        var first = await audit.ListAsync(new AuditLogQuery(Limit: 3));
        await audit.AppendAsync(AuditEntry(Start.AddHours(1), "ada", "login", ""));
        var second = await audit.ListAsync(new AuditLogQuery(Limit: 3, After: first.Next));
        var third = await audit.ListAsync(new AuditLogQuery(Limit: 3, After: second.Next));

        first.Items.Concat(second.Items).Concat(third.Items).Select(e => e.Id).Should().Equal(Enumerable.Reverse(ids));
        first.Next.Should().NotBeNull();
        third.Items.Should().ContainSingle();
        third.Next.Should().BeNull();
    }

    [Test]
    public async Task Audit_filters_combine_and_treat_injection_text_as_a_value()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);
        await audit.AppendAsync(AuditEntry(Start, "ada", "cluster.delete", "c1"));
        var match = await audit.AppendAsync(AuditEntry(Start.AddMinutes(2), "ada", "cluster.delete", "c1"));
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(3), "bob", "cluster.delete", "c1"));
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(4), "ada", "cluster.update", "c1"));
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(5), "ada", "cluster.delete", "c2"));
        var injected = await audit.AppendAsync(AuditEntry(Start, Injection, "login", ""));

        var filtered = await audit.ListAsync(new AuditLogQuery("ada", "cluster.delete", "c1", Start.AddMinutes(1)));
        var byInjection = await audit.ListAsync(new AuditLogQuery(Actor: Injection));
        var injectionAsAction = await audit.ListAsync(new AuditLogQuery(Action: "x' OR '1'='1"));

        filtered.Items.Select(e => e.Id).Should().Equal(match);
        byInjection.Items.Select(e => e.Id).Should().Equal(injected);
        injectionAsAction.Items.Should().BeEmpty();
        (await audit.ListAsync(new AuditLogQuery())).Items.Should().HaveCount(6, "the injection dropped nothing");
    }

    [Test]
    public async Task Security_events_filter_and_page_newest_first()
    {
        await using var database = await MigratedAsync();
        var events = new SqlSecurityEventRepository(database.Engines[0]);
        var failures = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            failures.Add(await events.AppendAsync(
                new SecurityEventRecord(0, Start.AddSeconds(i), "login_failed", "warning", "ada", "10.0.0.9", null)));
        }

        var locked = new SecurityEventRecord(0, Start.AddSeconds(2), "account_locked", "critical", Injection, null, """{"after":5}""");
        var lockedId = await events.AppendAsync(locked);

        var first = await events.ListAsync(new SecurityEventQuery(Kind: "login_failed", Limit: 2));
        var rest = await events.ListAsync(new SecurityEventQuery(Kind: "login_failed", Limit: 10, After: first.Next));
        var recent = await events.ListAsync(new SecurityEventQuery(Username: "ada", Since: Start.AddSeconds(3)));

        first.Items.Concat(rest.Items).Select(e => e.Id).Should().Equal(Enumerable.Reverse(failures));
        rest.Next.Should().BeNull();
        recent.Items.Select(e => e.Id).Should().Equal(failures[4], failures[3]);
        (await events.ListAsync(
            new SecurityEventQuery(Severity: "critical", Username: Injection))).Items.Should().Equal(locked with { Id = lockedId });
    }

    [Test]
    public async Task Log_page_size_is_bounded()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);

        var empty = () => audit.ListAsync(new AuditLogQuery(Limit: 0));
        var huge = () => audit.ListAsync(new AuditLogQuery(Limit: AuditLogQuery.MaxLimit + 1));

        await empty.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await huge.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static AuditLogRecord AuditEntry(DateTimeOffset at, string actor, string action, string target) =>
        new(0, at, null, actor, action, "cluster", target, null, true, null, null);
}
