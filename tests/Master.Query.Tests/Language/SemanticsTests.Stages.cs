using Master.Query.Tests.Language.Support;
using Master.Query.Tests.Support;
using static Master.Query.Tests.Language.Support.QueryResults;

namespace Master.Query.Tests.Language;

/// <summary>query-dsl.md §4 Stages and Results: grouping, HAVING, result kinds, distinct, sorting, top, limits and the row cap.</summary>
public sealed partial class SemanticsTests
{
    [TestCase("""pods(cluster="prod").groupBy(namespace).where(restarts > 1)""")]
    [TestCase("""pods(cluster="prod").groupBy(namespace)""")]
    [TestCase("""pods(cluster="prod").groupBy(namespace).select(namespace)""")]
    [TestCase("""pods(cluster="prod").groupBy(namespace).sort(namespace).count()""")]
    public async Task GroupBy_must_be_followed_immediately_by_an_aggregate(string query)
    {
        var error = await Queries.ErrorAsync(query);

        error.Code.Should().Be("DSL2031");
        error.Severity.Should().Be("error");
    }

    [Test]
    public async Task Where_after_an_aggregate_filters_groups_by_the_default_alias()
    {
        var count = await Queries.ResultAsync("""pods(cluster="prod").groupBy(namespace).count().where(count > 3)""");
        var sum = await Queries.ResultAsync("""pods(cluster="prod").groupBy(namespace).sum(restarts).where(sum_restarts > 100)""");

        count.Kind.Should().Be("groups");
        count.Lines().Should().BeEquivalentTo(Line("default", 7L), Line("shop", 7L));
        sum.Columns.Select(c => c.Name).Should().Equal("namespace", "sum_restarts");
        sum.Lines(looseNumbers: true).Should().Equal(LooseLine("kube-system", 500));
    }

    [Test]
    public async Task Where_after_an_aggregate_may_use_aliases_and_keys()
    {
        var result = await Queries.ResultAsync(
            """pods(cluster="prod").groupBy(namespace).aggregate(count() as n, max(restarts) as worst).where(worst >= 9 and n > 2 and namespace != "default")""");

        result.Lines(looseNumbers: true).Should().Equal(LooseLine("shop", 7, 9));
    }

    [Test]
    public async Task Where_before_groupBy_filters_objects()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod").where(restarts > 0).groupBy(namespace).count()""");

        result.Lines().Should().BeEquivalentTo(
            Line("default", 3L), Line("shop", 1L), Line("kube-system", 1L), Line("monitoring", 1L));
    }

    [Test]
    public async Task Count_at_the_end_is_a_scalar_with_one_int_column_named_count_and_one_row()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod").count()""");

        result.Kind.Should().Be("scalar");
        result.Columns.Should().Equal(new QueryColumn("count", "int", null));
        result.Rows.Should().ContainSingle().Which.Should().Equal(21L);
    }

    [Test]
    public async Task An_aggregate_without_groupBy_gives_one_row()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod").sum(restarts)""");

        result.Kind.Should().Be("scalar");
        result.Columns.Select(c => c.Name).Should().Equal("sum_restarts");
        result.Lines(looseNumbers: true).Should().Equal(LooseLine(524));
    }

    [Test]
    public async Task GroupBy_results_are_groups_with_the_keys_first_then_the_aggregates_in_the_order_written()
    {
        var result = await Queries.ResultAsync(
            """pods(cluster="prod").groupBy(namespace, qos_class).aggregate(max(restarts) as worst, count(), avg(restarts))""");

        result.Kind.Should().Be("groups");
        result.Columns.Select(c => c.Name).Should().Equal("namespace", "qos_class", "worst", "count", "avg_restarts");
        result.Rows.Should().HaveCount(7);
    }

    [Test]
    public async Task Distinct_returns_unique_key_tuples()
    {
        var one = await Queries.ResultAsync("""pods(cluster="prod").distinct(qos_class)""");
        var two = await Queries.ResultAsync("""pods(cluster="prod").distinct(namespace, qos_class)""");

        one.Lines().Should().BeEquivalentTo("BestEffort", "Burstable");
        two.Columns.Select(c => c.Name).Should().Equal("namespace", "qos_class");
        two.Lines().Should().BeEquivalentTo(
            Line("default", "Burstable"), Line("default", "BestEffort"), Line("shop", "Burstable"), Line("kube-system", "Burstable"),
            Line("monitoring", "Burstable"), Line("batch", "Burstable"), Line("batch", "BestEffort"));
    }

    [Test]
    public async Task Sort_defaults_to_ascending_and_desc_reverses_it()
    {
        var asc = await Queries.ResultAsync("""pods(cluster="prod").where(restarts > 0).sort(restarts)""");
        var desc = await Queries.ResultAsync("""pods(cluster="prod").where(restarts > 0).sort(restarts desc)""");

        string[] ascending = ["busybox", "web-2", "prometheus-0", "web-3", "ledger-sync-m4n7q", "coredns-5d78c9869d-xk2lp"];
        asc.Texts("name").Should().Equal(ascending);
        desc.Texts("name").Should().Equal(ascending.Reverse());
    }

    [Test]
    public async Task Top_defaults_to_descending()
    {
        var top = await Queries.ResultAsync("""pods(cluster="prod").top(3, restarts)""");
        var bottom = await Queries.ResultAsync("""pods(cluster="prod").where(restarts > 0).top(3, restarts asc)""");

        top.Texts("name").Should().Equal("coredns-5d78c9869d-xk2lp", "ledger-sync-m4n7q", "web-3");
        bottom.Texts("name").Should().Equal("busybox", "web-2", "prometheus-0");
    }

    [Test]
    public async Task Ties_of_a_sort_are_ordered_by_cluster_namespace_and_name()
    {
        var inProd = await Queries.ResultAsync("""pods(cluster="prod").where(restarts == 0).sort(qos_class)""");
        var acrossClusters = await Queries.ResultAsync("""pods(cluster=~"prod-.*").where(restarts == 0).sort(restarts)""");

        inProd.Lines().Select(l => l.Split(" | ")).Select(c => $"{c[1]}/{c[2]}").Should().Equal(
            "batch/adhoc-shell", "default/debug-pod",
            "batch/etl-runner-x8k2m", "batch/report-28512345-zk2lp", "default/orphan-5f6d7", "default/stuck-import-7d9c4",
            "default/web-1", "kube-system/metrics-server-6d94bc8694-pend", "monitoring/alertmanager-0", "shop/api-x2k4p",
            "shop/cart-q8r2t", "shop/checkout-abcde", "shop/checkout-img2x", "shop/checkout-pend1", "shop/redis-0");
        acrossClusters.Lines().Select(l => l.Split(" | ")).Select(c => $"{c[0]}/{c[1]}/{c[2]}").Should().Equal(
            "prod-eu/kube-system/aws-node-q7w2e", "prod-eu/payments/pay-eu-1", "prod-eu/shop/my-web-1", "prod-us/default/webhook-us-7c9");
    }

    [Test]
    public async Task Sort_is_stable_so_a_later_sort_keeps_the_earlier_order_within_ties()
    {
        var result = await Queries.ResultAsync(
            """pods(cluster="prod", namespace="default").sort(name desc).sort(qos_class).select(qos_class, name)""");

        result.Lines().Should().Equal(
            Line("BestEffort", "debug-pod"), Line("BestEffort", "busybox"),
            Line("Burstable", "web-3"), Line("Burstable", "web-2"), Line("Burstable", "web-1"),
            Line("Burstable", "stuck-import-7d9c4"), Line("Burstable", "orphan-5f6d7"));
    }

    [Test]
    public async Task Sort_by_several_keys_and_select_with_an_alias()
    {
        var result = await Queries.ResultAsync(
            """pods(cluster="prod", namespace="default").sort(restarts desc, name).select(name as pod, restarts)""");

        result.Columns.Select(c => c.Name).Should().Equal("pod", "restarts");
        result.Texts("pod").Should().Equal("web-3", "web-2", "busybox", "debug-pod", "orphan-5f6d7", "stuck-import-7d9c4", "web-1");
    }

    [Test]
    public async Task Default_row_cap_is_1000_with_total_and_truncated_and_limit_lifts_it()
    {
        await using var harness = await ReadServiceHarness.StartAsync();
        var big = new SnapshotJsonBuilder("big", QueryFleet.Now).Node("big-node-1");
        for (var i = 0; i < 1_200; i++)
        {
            big.Pod("load", $"load-{i:0000}", p => p.Node("big-node-1").Container("load", "nginx:1.25").Requests("10m", "16Mi"));
        }

        await harness.IngestAsync(big.ToJson(), big.ClusterId);

        var capped = await harness.Queries.ResultAsync("""pods(cluster="big")""");
        var all = await harness.Queries.ResultAsync("""pods(cluster="big").limit(1200)""");
        var few = await harness.Queries.ResultAsync("""pods(cluster="big").take(5)""");
        var most = await harness.Queries.ResultAsync("""pods(cluster="big").limit(100000)""");
        var count = await harness.Queries.ResultAsync("""pods(cluster="big").count()""");

        (capped.Rows.Count, capped.Total, capped.Truncated).Should().Be((1_000, 1_200, true));
        (all.Rows.Count, all.Total, all.Truncated).Should().Be((1_200, 1_200, false));
        (few.Rows.Count, few.Total, few.Truncated).Should().Be((5, 1_200, false), "limit() cut them, not the cap");
        (most.Rows.Count, most.Truncated).Should().Be((1_200, false));
        count.Lines().Should().Equal(Line(1_200L));
    }

    [TestCase("limit(0)", "0")]
    [TestCase("limit(100001)", "100001")]
    [TestCase("limit(2.5)", "2.5")]
    [TestCase("top(0, restarts)", "0")]
    public async Task Limits_outside_1_to_100000_or_not_whole_are_errors(string stage, string number)
    {
        var query = $"pods(cluster=\"prod\").{stage}";

        var error = await Queries.ErrorAsync(query);

        error.Severity.Should().Be("error");
        (error.Offset, error.Length).Should().Be((query.LastIndexOf(number, StringComparison.Ordinal), number.Length));
    }

    [Test]
    public async Task Last_and_since_accept_a_string_or_a_unit_literal()
    {
        string[] queries =
        [
            """events(cluster="prod", last="5m", type="Warning")""",
            """events(cluster="prod", last=5m, type="Warning")""",
            """events(cluster="prod", since=5m, type="Warning")""",
            """events(cluster="prod", since="300s", type="Warning")""",
        ];

        foreach (var query in queries)
        {
            (await Queries.ResultAsync(query)).Texts("reason").Should().Equal(["BackOff", "FailedScheduling", "Unhealthy"], query);
        }
    }

    [Test]
    public async Task Last_longer_than_the_event_ttl_warns_that_older_events_are_in_the_event_history()
    {
        var result = await Queries.ResultAsync("""events(cluster="prod", last=2h, type="Warning").count()""");

        result.Lines().Should().Equal([Line(QueryFleet.ProdWarningReasons.Sum(r => r.Events) + 20L)], "the 20 SystemOOM events are 70 to 89 minutes old");
        result.Warnings.Should().Contain(w => w.Code.StartsWith("DSL3", StringComparison.Ordinal));
    }
}
