using System.Data.Common;
using Master.Database.Audit;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Audit_entry_reads_back_with_every_field()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);
        var entry = new AuditLogRecord(
            0, Start, 7, "ada", "cluster.delete", "cluster", "c1", "c1", false, "10.0.0.1", """{"reason":"x"}""",
            "admin", "api", "DELETE", "/api/v1/clusters/c1", 409, Injection, 1234567890123);

        var id = await audit.AppendAsync(entry);
        await audit.AppendAsync(new AuditLogRecord(0, Start, null, "", "system.start", "", "", null, true, null, null, "", "", "", "", 0, null, 0));

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
        await audit.AppendAsync(AuditEntry(Start, "ada", "cluster.delete", "c1") with { Success = false });
        var match = await audit.AppendAsync(AuditEntry(Start.AddMinutes(2), "ada", "cluster.delete", "c1") with { Success = false });
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(2), "ada", "cluster.delete", "c1"));
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(3), "bob", "cluster.delete", "c1") with { Success = false });
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(4), "ada", "cluster.update", "c1") with { Success = false });
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(5), "ada", "cluster.delete", "c2") with { Success = false });
        var injected = await audit.AppendAsync(AuditEntry(Start, Injection, "login", ""));

        var filtered = await audit.ListAsync(new AuditLogQuery("ada", "cluster.delete", false, Start.AddMinutes(1), Start.AddMinutes(5)));
        var byInjection = await audit.ListAsync(new AuditLogQuery(Actor: Injection));
        var injectionAsAction = await audit.ListAsync(new AuditLogQuery(Action: "x' OR '1'='1"));

        filtered.Items.Select(e => e.Id).Should().Equal(match);
        byInjection.Items.Select(e => e.Id).Should().Equal(injected);
        injectionAsAction.Items.Should().BeEmpty();
        (await audit.ListAsync(new AuditLogQuery())).Items.Should().HaveCount(7, "the injection dropped nothing");
        (await audit.CountAsync(new AuditLogQuery(Actor: "ada", Success: false))).Should().Be(4);
        (await audit.CountAsync(new AuditLogQuery(Limit: 1, After: new LogCursor(Start, 1)))).Should().Be(7, "a count ignores paging");
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
        (await events.CountAsync(new SecurityEventQuery(Kind: "login_failed", Limit: 1, After: first.Next))).Should().Be(5);
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

    [Test]
    public async Task Audit_success_and_time_range_filters_page_without_gaps_or_repeats()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);
        var expected = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            // Triples share a timestamp, so pages break inside a tie; every third entry failed.
            var at = Start.AddMinutes(i / 3);
            var id = await audit.AppendAsync(AuditEntry(at, "ada", "login", "") with { Success = i % 3 != 1 });
            if (i % 3 != 1 && at >= Start.AddMinutes(1) && at < Start.AddMinutes(3))
            {
                expected.Add(id);
            }
        }

        var query = new AuditLogQuery(Success: true, Since: Start.AddMinutes(1), Until: Start.AddMinutes(3), Limit: 3);
        var pages = new List<LogPage<AuditLogRecord>> { await audit.ListAsync(query) };
        await audit.AppendAsync(AuditEntry(Start.AddMinutes(2), "ada", "login", ""));
        while (pages[^1].Next is { } next)
        {
            pages.Add(await audit.ListAsync(query with { After = next }));
        }

        pages.SelectMany(p => p.Items).Select(e => e.Id).Should().Equal(Enumerable.Reverse(expected), "newest first, each entry once");
        pages.Should().HaveCount(2);
        (await audit.ListAsync(new AuditLogQuery(Success: false))).Items.Should().HaveCount(4);
        (await audit.ListAsync(new AuditLogQuery(Until: Start))).Items.Should().BeEmpty("until is exclusive");
    }

    [Test]
    public async Task Audit_entries_append_many_at_once_in_one_transaction()
    {
        await using var database = await MigratedAsync();
        var audit = new SqlAuditLogRepository(database.Engines[0]);
        var count = (LogTable<AuditLogRecord>.AppendBatchSize * 2) + 3;
        var entries = Enumerable.Range(0, count)
            .Select(i => AuditEntry(Start.AddSeconds(i), "ada", "login", "") with { StatusCode = i, UserAgent = i % 2 == 0 ? null : "curl" })
            .ToList();

        await audit.AppendManyAsync(entries);
        await audit.AppendManyAsync([]);
        var broken = () => audit.AppendManyAsync([AuditEntry(Start, "bob", "login", ""), AuditEntry(Start, "bob", null!, "")]);

        await broken.Should().ThrowAsync<DbException>("action may not be null");
        var first = await audit.ListAsync(new AuditLogQuery(Limit: AuditLogQuery.MaxLimit));
        var rest = await audit.ListAsync(new AuditLogQuery(Limit: AuditLogQuery.MaxLimit, After: first.Next));
        var stored = first.Items.Concat(rest.Items).Reverse().ToList();
        stored.Should().BeEquivalentTo(entries, o => o.Excluding(e => e.Id).WithStrictOrdering());
        stored.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        (await audit.ListAsync(new AuditLogQuery(Actor: "bob"))).Items.Should().BeEmpty("a failed batch writes nothing");
    }

    [Test]
    public async Task Security_events_append_many_read_back_and_resolve_once()
    {
        await using var database = await MigratedAsync();
        var events = new SqlSecurityEventRepository(database.Engines[0]);
        await events.AppendManyAsync(
        [
            new SecurityEventRecord(0, Start, "login_failed", "warning", "ada", "10.0.0.9", null),
            new SecurityEventRecord(0, Start.AddSeconds(1), "token_reused", "critical", null, null, """{"token":3}"""),
            new SecurityEventRecord(0, Start.AddSeconds(2), "login_failed", "warning", "bob", null, null, Start.AddHours(1), "root"),
        ]);
        var all = (await events.ListAsync(new SecurityEventQuery())).Items;
        var (reused, failed) = (all.Single(e => e.Kind == "token_reused"), all.Single(e => e.Username == "ada"));

        var resolved = await events.ResolveAsync(reused.Id, Injection, Start.AddMinutes(5));
        var again = await events.ResolveAsync(reused.Id, "bob", Start.AddMinutes(9));
        var missing = await events.ResolveAsync(all.Max(e => e.Id) + 1, "bob", Start);

        (resolved, again, missing).Should().Be((true, true, false));
        (await events.GetAsync(reused.Id)).Should().Be(reused with { ResolvedAt = Start.AddMinutes(5), ResolvedBy = Injection }, "the first resolution stays");
        (await events.GetAsync(failed.Id)).Should().Be(failed with { ResolvedAt = null, ResolvedBy = null });
        (await events.GetAsync(all.Max(e => e.Id) + 1)).Should().BeNull();
        all.Single(e => e.Username == "bob").Should().Match<SecurityEventRecord>(e => e.ResolvedAt == Start.AddHours(1) && e.ResolvedBy == "root");
    }

    [Test]
    public async Task Security_events_filter_by_resolution_and_time_range()
    {
        await using var database = await MigratedAsync();
        var events = new SqlSecurityEventRepository(database.Engines[0]);
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await events.AppendAsync(new SecurityEventRecord(0, Start.AddSeconds(i / 2), "login_failed", "warning", "ada", null, null)));
        }

        await events.ResolveAsync(ids[1], "root", Start.AddHours(1));
        await events.ResolveAsync(ids[4], "root", Start.AddHours(1));

        var open = await events.ListAsync(new SecurityEventQuery(Resolved: false, Limit: 2));
        var moreOpen = await events.ListAsync(new SecurityEventQuery(Resolved: false, Limit: 2, After: open.Next));
        var closed = await events.ListAsync(new SecurityEventQuery(Kind: "login_failed", Resolved: true));
        var range = await events.ListAsync(new SecurityEventQuery(Since: Start.AddSeconds(1), Until: Start.AddSeconds(2)));

        open.Items.Concat(moreOpen.Items).Select(e => e.Id).Should().Equal(ids[5], ids[3], ids[2], ids[0]);
        moreOpen.Next.Should().BeNull();
        closed.Items.Select(e => e.Id).Should().Equal(ids[4], ids[1]);
        range.Items.Select(e => e.Id).Should().Equal(ids[3], ids[2]);
    }

    private static AuditLogRecord AuditEntry(DateTimeOffset at, string actor, string action, string target) =>
        new(0, at, null, actor, action, "cluster", target, null, true, null, null, "viewer", "web", "POST", "/api/v1/x", 200, null, 12);
}
