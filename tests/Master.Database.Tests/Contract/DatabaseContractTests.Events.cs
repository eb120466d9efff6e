using Master.Database.Events;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    private static readonly DateTimeOffset EventsStart = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Re_sent_events_update_their_rows_without_duplicating_them_or_inflating_the_count()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        var first = new[]
        {
            Event("uid-1", "web-1", "BackOff", count: 3, minutes: 0),
            Event("uid-2", "web-2", "Pulled", count: 1, minutes: 1),
            Event(null, "node-a", "NodeNotReady", count: 2, minutes: 2, kind: "Node", ns: ""),
        };
        await events.UpsertAsync("c1", first);

        await events.UpsertAsync("c1", first);
        await events.UpsertAsync("c1",
        [
            first[0] with { Count = 5, Message = "back-off 40s", LastTimestamp = EventsStart.AddMinutes(10), FirstTimestamp = EventsStart.AddMinutes(9) },
            first[2] with { Count = 4, Message = "still not ready", LastTimestamp = EventsStart.AddMinutes(11) },
        ]);

        var stored = (await events.ListAsync(new ClusterEventQuery("c1"))).Items;
        stored.Should().HaveCount(3);
        var backOff = stored.Single(e => e.Uid == "uid-1");
        backOff.Count.Should().Be(5, "the agent reports the cumulative count, which replaces the stored one");
        backOff.Message.Should().Be("back-off 40s");
        backOff.LastTimestamp.Should().Be(EventsStart.AddMinutes(10));
        backOff.FirstTimestamp.Should().Be(EventsStart, "the first occurrence is the one first recorded");
        var node = stored.Single(e => e.InvolvedKind == "Node");
        node.Uid.Should().BeNull();
        node.Count.Should().Be(4);
        node.Message.Should().Be("still not ready");
        stored.Single(e => e.Uid == "uid-2").Count.Should().Be(1, "an event sent twice unchanged keeps its count");
        (await events.CountAsync(new ClusterEventQuery())).Should().Be(3);
    }

    [Test]
    public async Task An_event_re_sent_unchanged_is_not_written_again_and_a_changed_one_is()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        var sent = new[] { Event("uid-1", "web-1", "BackOff", count: 3, minutes: 0), Event("uid-2", "web-2", "Pulled", count: 1, minutes: 1) };
        await events.UpsertAsync("c1", sent);
        var before = await UpdatedAtAsync(database);

        // The stepping clock gives every upsert a later updated_at, so an untouched row is one the statement skipped.
        await events.UpsertAsync("c1", [sent[0], sent[1] with { Count = 2 }]);

        var after = await UpdatedAtAsync(database);
        after["uid-1"].Should().Be(before["uid-1"]);
        after["uid-2"].Should().NotBe(before["uid-2"]);
        (await events.ListAsync(new ClusterEventQuery("c1"))).Items.Single(e => e.Uid == "uid-2").Count.Should().Be(2);
    }

    [Test]
    public async Task Stored_events_read_back_with_every_field()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        var sent = Event("uid-1", "web-1", "BackOff", count: 3, minutes: 0, involvedUid: "pod-uid-1", node: "node-a");

        await events.UpsertAsync("c1", [sent, Event(null, "web-2", "Pulled", count: 1, minutes: 1)]);

        var stored = (await events.ListAsync(new ClusterEventQuery("c1"))).Items;
        stored.Should().HaveCount(2);
        stored[1].Should().BeEquivalentTo(new ClusterEventRecord(
            stored[1].Id, "c1", "uid-1", "Pod", "shop", "web-1", "BackOff", "Normal", "BackOff web-1", "kubelet", 3, EventsStart, EventsStart,
            "pod-uid-1", "node-a"));
        stored[0].InvolvedUid.Should().BeEmpty("an event whose object's uid is unknown stores an empty one");
        stored[0].Node.Should().BeEmpty();
    }

    [Test]
    public async Task A_re_sent_event_takes_the_node_and_involved_uid_it_reports_now()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        var scheduled = Event("uid-1", "web-1", "Scheduled", count: 1, minutes: 0);
        var unnamed = Event(null, "web-2", "BackOff", count: 1, minutes: 0, involvedUid: "pod-uid-old", node: "node-a");
        await events.UpsertAsync("c1", [scheduled, unnamed]);

        await events.UpsertAsync("c1",
        [
            scheduled with { InvolvedUid = "pod-uid-1", Node = "node-b" },
            unnamed with { Count = 2, InvolvedUid = "pod-uid-new", Node = "node-c" },
        ]);

        var stored = (await events.ListAsync(new ClusterEventQuery("c1"))).Items;
        stored.Should().HaveCount(2);
        stored.Single(e => e.Uid == "uid-1").Should().Match<ClusterEventRecord>(e => e.InvolvedUid == "pod-uid-1" && e.Node == "node-b");
        stored.Single(e => e.Uid == null).Should()
            .Match<ClusterEventRecord>(e => e.InvolvedUid == "pod-uid-new" && e.Node == "node-c" && e.Count == 2);
        (await events.CountAsync(new ClusterEventQuery(Node: "node-a"))).Should().Be(0);
    }

    [Test]
    public async Task Events_without_a_uid_are_one_event_per_cluster_involved_object_and_reason()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);

        await events.UpsertAsync("c1",
        [
            Event(null, "web-1", "BackOff", count: 1, minutes: 0),
            Event(null, "web-1", "BackOff", count: 2, minutes: 1, message: "later"),
            Event(null, "web-1", "Failed", count: 1, minutes: 0),
            Event(null, "web-1", "BackOff", count: 1, minutes: 0, ns: "other"),
            Event(null, "web-1", "BackOff", count: 1, minutes: 0, kind: "Deployment"),
        ]);
        await events.UpsertAsync("c2", [Event(null, "web-1", "BackOff", count: 7, minutes: 0)]);
        await events.UpsertAsync("c1", [Event(null, "web-1", "BackOff", count: 3, minutes: 2, message: "latest")]);

        (await events.CountAsync(new ClusterEventQuery("c1"))).Should().Be(4);
        var backOff = (await events.ListAsync(new ClusterEventQuery("c1", Namespace: "shop", InvolvedKind: "Pod", Reason: "BackOff"))).Items;
        backOff.Should().ContainSingle().Which.Should().Match<ClusterEventRecord>(e => e.Count == 3 && e.Message == "latest");
        (await events.ListAsync(new ClusterEventQuery("c2"))).Items.Should().ContainSingle().Which.Count.Should().Be(7);
    }

    [Test]
    public async Task Repeats_of_one_event_in_one_upsert_keep_the_latest_occurrence_and_the_earliest_first_timestamp()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);

        await events.UpsertAsync("c1",
        [
            Event("uid-1", "web-1", "BackOff", count: 4, minutes: 4, message: "fourth"),
            Event("uid-1", "web-1", "BackOff", count: 2, minutes: 2, message: "second"),
        ]);

        var stored = (await events.ListAsync(new ClusterEventQuery())).Items.Should().ContainSingle().Subject;
        stored.Count.Should().Be(4);
        stored.Message.Should().Be("fourth");
        stored.LastTimestamp.Should().Be(EventsStart.AddMinutes(4));
        stored.FirstTimestamp.Should().Be(EventsStart.AddMinutes(2));
    }

    [Test]
    public async Task An_upsert_larger_than_one_batch_stores_every_event_once_however_often_it_is_sent()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        var snapshot = Enumerable.Range(0, (SqlClusterEventRepository.BatchSize * 2) + 7)
            .Select(i => Event(i % 2 == 0 ? $"uid-{i}" : null, $"pod-{i}", "Scheduled", count: 1, minutes: i))
            .ToList();

        await events.UpsertAsync("c1", snapshot);
        await events.UpsertAsync("c1", snapshot);

        (await events.CountAsync(new ClusterEventQuery("c1"))).Should().Be(snapshot.Count);
        var page = await events.ListAsync(new ClusterEventQuery("c1", Limit: ClusterEventQuery.MaxLimit));
        page.Items.Should().OnlyContain(e => e.Count == 1);
        page.Items[0].InvolvedName.Should().Be($"pod-{snapshot.Count - 1}", "the newest event comes first");
    }

    [Test]
    public async Task Filters_select_by_cluster_object_reason_type_node_uid_and_time_and_treat_injection_text_as_a_value()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        await events.UpsertAsync("c1",
        [
            Event("a", "web-1", "BackOff", count: 1, minutes: 0, type: "Warning", involvedUid: "pod-uid-a", node: "node-1"),
            Event("b", "web-2", "Pulled", count: 1, minutes: 5, involvedUid: "pod-uid-b", node: "node-2"),
            Event("c", "web", "ScalingReplicaSet", count: 1, minutes: 10, kind: "Deployment"),
            Event("d", "db-0", Injection, count: 1, minutes: 15, ns: "data", type: "Warning", involvedUid: Injection, node: Injection),
        ]);
        await events.UpsertAsync(
            "c2", [Event("e", "web-1", "BackOff", count: 1, minutes: 20, type: "Warning", involvedUid: "pod-uid-e", node: "node-1")]);

        async Task<string[]> Uids(ClusterEventQuery query) => [.. (await events.ListAsync(query)).Items.Select(e => e.Uid!)];

        (await Uids(new ClusterEventQuery())).Should().Equal("e", "d", "c", "b", "a");
        (await Uids(new ClusterEventQuery("c1"))).Should().Equal("d", "c", "b", "a");
        (await Uids(new ClusterEventQuery(Namespace: "data"))).Should().Equal("d");
        (await Uids(new ClusterEventQuery(InvolvedKind: "Deployment"))).Should().Equal("c");
        (await Uids(new ClusterEventQuery("c1", InvolvedName: "web-1"))).Should().Equal("a");
        (await Uids(new ClusterEventQuery(Reason: "BackOff"))).Should().Equal("e", "a");
        (await Uids(new ClusterEventQuery("c1", Type: "Warning"))).Should().Equal("d", "a");
        (await Uids(new ClusterEventQuery(Since: EventsStart.AddMinutes(5), Until: EventsStart.AddMinutes(15)))).Should().Equal("c", "b");
        (await Uids(new ClusterEventQuery(Reason: Injection))).Should().Equal("d");
        (await Uids(new ClusterEventQuery(Namespace: Injection))).Should().BeEmpty();
        (await Uids(new ClusterEventQuery(Node: "node-1"))).Should().Equal("e", "a");
        (await Uids(new ClusterEventQuery("c1", Node: "node-1"))).Should().Equal("a");
        (await Uids(new ClusterEventQuery(Node: ""))).Should().Equal(new[] { "c" }, "an empty node is an event that concerns none");
        (await Uids(new ClusterEventQuery(Node: Injection))).Should().Equal("d");
        (await Uids(new ClusterEventQuery(InvolvedUid: "pod-uid-b"))).Should().Equal("b");
        (await Uids(new ClusterEventQuery(InvolvedUid: Injection))).Should().Equal("d");
        (await Uids(new ClusterEventQuery(InvolvedUid: "pod-uid-a", Node: "node-2"))).Should().BeEmpty();
        (await Uids(new ClusterEventQuery(InvolvedUid: Injection + "x"))).Should().BeEmpty();
        (await Uids(new ClusterEventQuery(InvolvedObjects:
        [
            new InvolvedObject("Deployment", "shop", "web"), new InvolvedObject("Pod", "shop", "web-2"), new InvolvedObject("Pod", Injection, "x"),
        ]))).Should().Equal("c", "b");
        (await Uids(new ClusterEventQuery(InvolvedObjects: []))).Should().BeEmpty();
        (await events.CountAsync(new ClusterEventQuery(Type: "Warning"))).Should().Be(3);
        (await events.CountAsync(new ClusterEventQuery(Node: "node-1"))).Should().Be(2);
        (await events.CountAsync(new ClusterEventQuery(InvolvedUid: Injection))).Should().Be(1);
        (await ScalarAsync<long>(database.Engines[0], "SELECT COUNT(*) FROM users")).Should().Be(0, "the users table still exists");
    }

    [Test]
    public async Task Pages_follow_each_other_without_gaps_or_repeats_when_events_share_a_timestamp()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        await events.UpsertAsync("c1", [.. Enumerable.Range(0, 11).Select(i => Event($"uid-{i}", $"pod-{i}", "Started", count: 1, minutes: i / 4))]);
        var all = (await events.ListAsync(new ClusterEventQuery("c1", Limit: 100))).Items;

        var paged = new List<ClusterEventRecord>();
        var query = new ClusterEventQuery("c1", Limit: 3);
        while (true)
        {
            var page = await events.ListAsync(query);
            paged.AddRange(page.Items);
            if (page.Next is null)
            {
                break;
            }

            // The cursor travels as a token through the API, so every page after the first starts from a decoded one.
            ClusterEventCursor.TryDecode(page.Next.Encode(), out var cursor).Should().BeTrue();
            query = query with { After = cursor };
        }

        all.Should().HaveCount(11);
        all.Should().BeInDescendingOrder(e => e.LastTimestamp);
        paged.Select(e => e.Id).Should().Equal(all.Select(e => e.Id));
    }

    [Test]
    public async Task Retention_by_age_deletes_old_events_of_every_cluster_in_the_table()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        await events.UpsertAsync("online", [Event("a", "p1", "Started", count: 1, minutes: 0), Event("b", "p2", "Started", count: 1, minutes: 60)]);
        await events.UpsertAsync("silent-and-unregistered", [Event("c", "p1", "Started", count: 1, minutes: 1)]);
        await events.UpsertAsync("recent", [Event("d", "p1", "Started", count: 1, minutes: 90)]);

        var deleted = await events.DeleteOlderThanAsync(EventsStart.AddMinutes(30));

        deleted.Should().Be(2);
        (await events.ListAsync(new ClusterEventQuery())).Items.Select(e => e.Uid).Should().Equal("d", "b");
    }

    [Test]
    public async Task Retention_by_count_keeps_the_newest_events_of_each_cluster()
    {
        await using var database = await MigratedAsync();
        var events = EventRepository(database);
        await events.UpsertAsync("busy", [.. Enumerable.Range(0, 6).Select(i => Event($"busy-{i}", $"p{i}", "Started", count: 1, minutes: 100 + (i / 2)))]);
        await events.UpsertAsync("quiet", [Event("quiet-0", "p0", "Started", count: 1, minutes: 0), Event("quiet-1", "p1", "Started", count: 1, minutes: 1)]);
        await events.UpsertAsync("old", [.. Enumerable.Range(0, 4).Select(i => Event($"old-{i}", $"p{i}", "Started", count: 1, minutes: i))]);
        var busyBefore = (await events.ListAsync(new ClusterEventQuery("busy"))).Items;
        var oldest = (await events.ListAsync(new ClusterEventQuery("old"))).Items[^1];
        await ExecuteAsync(database.Engines[0],
            "INSERT INTO event_resource_snapshot (event_id, cluster_id, kind, namespace, name, content, captured_at) VALUES (@id, 'old', 'Pod', 'shop', 'p0', '{}', @now)",
            new { id = oldest.Id, now = database.Engines[0].Timestamp(EventsStart) });

        var deleted = await events.TrimPerClusterAsync(3);

        deleted.Should().Be(4);
        (await ScalarAsync<long>(database.Engines[0], "SELECT COUNT(*) FROM event_resource_snapshot")).Should().Be(0, "a snapshot goes with its event");
        (await events.ListAsync(new ClusterEventQuery("busy"))).Items.Select(e => e.Id).Should().Equal(busyBefore.Take(3).Select(e => e.Id));
        (await events.CountAsync(new ClusterEventQuery("quiet"))).Should().Be(2);
        (await events.ListAsync(new ClusterEventQuery("old"))).Items.Select(e => e.Uid).Should().Equal("old-3", "old-2", "old-1");
        (await events.TrimPerClusterAsync(3)).Should().Be(0);
    }

    private static async Task<Dictionary<string, string>> UpdatedAtAsync(TestDatabase database)
    {
        await using var connection = await database.Engines[0].OpenConnectionAsync();
        var rows = await Dapper.SqlMapper.QueryAsync<(string Uid, object UpdatedAt)>(connection, "SELECT event_uid, updated_at FROM cluster_events");
        return rows.ToDictionary(row => row.Uid, row => Convert.ToString(row.UpdatedAt, System.Globalization.CultureInfo.InvariantCulture)!);
    }

    private static SqlClusterEventRepository EventRepository(TestDatabase database) =>
        new(database.Engines[0], new SteppingClock(EventsStart));

    private static ClusterEvent Event(
        string? uid, string name, string reason, int count, int minutes, string kind = "Pod", string ns = "shop", string type = "Normal",
        string? message = null, string involvedUid = "", string node = "") =>
        new(uid, kind, ns, name, reason, type, message ?? reason + " " + name, "kubelet", count, EventsStart.AddMinutes(minutes),
            EventsStart.AddMinutes(minutes), involvedUid, node);
}
