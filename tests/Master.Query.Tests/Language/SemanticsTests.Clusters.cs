using Master.Query.Tests.Language.Support;
using Master.Query.Tests.Support;
using static Master.Query.Tests.Language.Support.QueryFleet;
using static Master.Query.Tests.Language.Support.QueryResults;

namespace Master.Query.Tests.Language;

/// <summary>query-dsl.md §4 Matchers and Cross-cluster: every cluster form, registry names, offline clusters, labels, the typo guard.</summary>
public sealed partial class SemanticsTests
{
    private static readonly string[] Fleet = [Prod, ProdEu, ProdUs, StagingId, Dev, Lab];

    [TestCase("""pods(cluster="prod")""", new[] { Prod })]
    [TestCase("""pods(cluster="c-4b0d6c8e")""", new[] { StagingId })]
    [TestCase("""pods(cluster="staging")""", new[] { StagingId })]
    [TestCase("""pods(cluster=~"stag.*")""", new[] { StagingId })]
    [TestCase("""pods(cluster="prod-*")""", new[] { ProdEu, ProdUs })]
    [TestCase("""pods(cluster=~"prod-(eu|us)")""", new[] { ProdEu, ProdUs })]
    [TestCase("""pods(cluster=~"prod")""", new[] { Prod })]
    [TestCase("""pods(cluster in ("prod", "dev"))""", new[] { Prod, Dev })]
    [TestCase("""pods(cluster in ("staging", "nowhere"))""", new[] { StagingId })]
    [TestCase("""pods(cluster not in ("prod", "dev", "lab"))""", new[] { ProdEu, ProdUs, StagingId })]
    [TestCase("""pods(cluster!="dev")""", new[] { Prod, ProdEu, ProdUs, StagingId, Lab })]
    [TestCase("""pods(cluster!~"prod.*")""", new[] { StagingId, Dev, Lab })]
    public async Task Cluster_matchers_select_by_id_or_registry_name(string source, string[] clusters)
    {
        var result = await Queries.ResultAsync(source + ".distinct(cluster)");

        result.Lines().Should().BeEquivalentTo(clusters);
    }

    [TestCase("""pods(cluster="*")""")]
    [TestCase("pods")]
    [TestCase("pods()")]
    [TestCase("""pods(namespace="default")""")]
    public async Task Star_or_no_cluster_matcher_means_every_cluster(string source)
    {
        var result = await Queries.ResultAsync(source + ".distinct(cluster)");

        result.Lines().Should().BeEquivalentTo(source.Contains("default", StringComparison.Ordinal)
            ? [Prod, ProdEu, ProdUs, StagingId]
            : Fleet);
    }

    [Test]
    public async Task Default_columns_of_every_kind_start_with_cluster()
    {
        foreach (var kind in (string[])["pods", "nodes", "deployments", "statefulsets", "daemonsets", "services", "ingresses",
            "namespaces", "events", "jobs", "cronjobs", "pvcs"])
        {
            var result = await Queries.ResultAsync(kind + "(cluster=\"prod\")");
            result.Columns.Should().NotBeEmpty();
            result.Columns[0].Name.Should().Be("cluster", "the default columns of {0} start with cluster", kind);
        }
    }

    [TestCase("Pods")]
    [TestCase("POD")]
    [TestCase("po")]
    [TestCase("pod")]
    public async Task Kind_names_are_case_insensitive_with_kubectl_short_names(string kind)
    {
        var result = await Queries.ResultAsync(kind + "(cluster=\"prod\").count()");

        result.Lines().Should().Equal(Line(21L));
    }

    [Test]
    public async Task An_offline_cluster_answers_from_its_last_snapshot_with_a_warning_that_says_how_old_it_is()
    {
        await using var harness = await ReadServiceHarness.StartAsync();
        foreach (var snapshot in (SnapshotJsonBuilder[])[BuildProd(), BuildDev()])
        {
            await harness.IngestAsync(snapshot.ToJson(), snapshot.ClusterId);
        }

        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.HeartbeatAsync(Dev);

        var result = await harness.Queries.ResultAsync("""pods(cluster in ("prod", "dev")).count()""");

        result.Lines().Should().Equal([Line(21L + DevFlakyRestarts.Count)], "prod still answers from its last snapshot");
        var warning = result.Warnings.Should().ContainSingle("only prod is offline").Subject;
        warning.Cluster.Should().Be(Prod);
        warning.Code.Should().StartWith("DSL3");
        warning.Message.Should().ContainAny("2h", "2 h", "2 hours", "120 min", "7200");
    }

    [TestCase("""pods(namspace="default")""", "namespace")]
    [TestCase("""pods(clustr="prod")""", "cluster")]
    [TestCase("""pods(cluster="prod", stauts="Running")""", "status")]
    [TestCase("""pods(cluster="prod", restart="5")""", "restarts")]
    public async Task A_key_within_two_edits_of_a_filter_key_or_field_is_an_error_not_a_label(string query, string suggestion)
    {
        var error = await Queries.ErrorAsync(query);

        error.Source.Should().Be("binder");
        error.Code.Should().StartWith("DSL2");
        error.Suggestion.Should().Be(suggestion);
        (error.Message + " " + error.Hint).Should().Contain(suggestion);
    }

    [TestCase("""pods(cluster="prod", app="web")""", new[] { "web-1", "web-2", "web-3" })]
    [TestCase("""pods(cluster="prod", app=~"web.*")""", new[] { "web-1", "web-2", "web-3" })]
    [TestCase("""pods(cluster="prod", app=~"we")""", new string[0])]
    [TestCase("""pods(cluster="prod", app in ("cart", "redis"))""", new[] { "cart-q8r2t", "redis-0" })]
    [TestCase("""pods(cluster="prod", labels["k8s-app"]="kube-dns")""", new[] { "coredns-5d78c9869d-xk2lp" })]
    [TestCase("""pods(cluster="prod", labels["app.kubernetes.io/name"]="cart")""", new[] { "cart-q8r2t" })]
    [TestCase("""pods(cluster="prod").where(labels["app.kubernetes.io/name"] == "cart")""", new[] { "cart-q8r2t" })]
    [TestCase("""pods(cluster="prod", run=~"debug-pod|adhoc-shell", namespace="batch")""", new[] { "adhoc-shell" })]
    [TestCase("""pods(cluster="prod", name="web-*")""", new[] { "web-1", "web-2", "web-3" })]
    public async Task Unknown_keys_are_label_matchers_and_labels_brackets_take_any_key(string query, string[] names)
    {
        var result = await Queries.ResultAsync(query);

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [Test]
    public async Task A_known_field_is_a_matcher_key()
    {
        var matcher = await Queries.ResultAsync("""nodes(cluster="prod", kubelet_version="v1.30.4").count()""");

        matcher.Lines().Should().Equal(Line(4L));
    }
}
