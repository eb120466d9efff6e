using Master.Query.Tests.Language.Support;
using Master.Query.Tests.Support;
using static Master.Query.Tests.Language.Support.QueryResults;

namespace Master.Query.Tests.Language;

/// <summary>
/// query-dsl.md §4 Semantics, §5 Operator semantics by type and §6 Unit resolution: units per field type, enum and text
/// comparisons, null, any-match on list paths, anchored regexes. Stages and cross-cluster forms are in the other parts of
/// this class. The "lab" cluster holds objects made for one question each; the fleet answers the rest.
/// </summary>
[NonParallelizable]
public sealed partial class SemanticsTests : FleetQueryTests
{
    private const string Lab = "lab";
    private const double Mi = 1024 * 1024;
    private const double Gi = 1024 * Mi;

    private protected override async Task AddClustersAsync(ReadServiceHarness harness)
    {
        var lab = LabSnapshot();
        await harness.IngestAsync(lab.ToJson(), lab.ClusterId);
    }

    // Pods with requests, limits, usages and ages on both sides of each literal the unit tests use; two nodes for percentages.
    private static SnapshotJsonBuilder LabSnapshot() => new SnapshotJsonBuilder(Lab, QueryFleet.Now)
        .Node("n-hot", n => n.UsagePercent(85, 40))
        .Node("n-cool", n => n.UsagePercent(50, 40).Cordoned())
        .Pod("lab", "cpu-400m", p => p.Node("n-hot").Created(TimeSpan.FromDays(8)).Labels(("team", "payments"))
            .Container("app", "nginx:1.25").Requests("400m", "256Mi").Limits(memory: "1Gi").Usage("300m", "204800Ki"))
        .Pod("lab", "cpu-500m", p => p.Node("n-hot").Created(TimeSpan.FromDays(6)).Labels(("team", "search"))
            .Container("app", "nginx:1.25").Requests("500m", "256Mi").Limits(memory: "512Mi").Usage("50m", "102400Ki"))
        .Pod("lab", "cpu-2", p => p.Node("n-cool").Created(TimeSpan.FromHours(2))
            .Container("app", "nginx:1.25").Container("proxy", "envoyproxy/envoy:v1.30.2")
            .Requests("2", "1Gi").Limits(memory: "2Gi").Usage("1500m", "1048576Ki"))
        .Pod("lab", "cpu-2500m", p => p.Node("n-cool").Created(TimeSpan.FromHours(1))
            .Container("app", "Registry.Corp/App:1.0").Requests("2500m", "1Gi").Limits(memory: "3Gi").Usage("2", "2097152Ki"))
        .Pod("lab", "no-metrics", p => p.Node("n-cool").Created(TimeSpan.FromMinutes(30))
            .Container("app", "nginx:1.25").Requests("100m", "64Mi"));

    [TestCase("cpu_request == 500m", new[] { "cpu-500m" }, TestName = "Cpu_500m_is_500_millicores")]
    [TestCase("cpu_request == 0.5", new[] { "cpu-500m" }, TestName = "Cpu_plain_number_is_cores")]
    [TestCase("cpu_request >= 2", new[] { "cpu-2", "cpu-2500m" }, TestName = "Cpu_2_is_2000_millicores")]
    [TestCase("cpu_request >= 2000m", new[] { "cpu-2", "cpu-2500m" }, TestName = "Cpu_2000m_equals_2")]
    [TestCase("cpu_request > 2", new[] { "cpu-2500m" }, TestName = "Cpu_greater_than_2_cores")]
    [TestCase("memory_limit >= 2Gi", new[] { "cpu-2", "cpu-2500m" }, TestName = "Memory_2Gi_is_binary")]
    [TestCase("memory_limit > 2G", new[] { "cpu-2", "cpu-2500m" }, TestName = "Memory_2G_is_decimal_and_below_2Gi")]
    [TestCase("memory_limit == 536870912", new[] { "cpu-500m" }, TestName = "Memory_plain_number_is_bytes")]
    [TestCase("memory_limit == 1024Mi", new[] { "cpu-400m" }, TestName = "Memory_1024Mi_equals_1Gi")]
    [TestCase("memory_limit < 1Gi", new[] { "cpu-500m" }, TestName = "Memory_below_1Gi")]
    [TestCase("age > 7d", new[] { "cpu-400m" }, TestName = "Duration_7d")]
    [TestCase("age > 1h30m", new[] { "cpu-400m", "cpu-500m", "cpu-2" }, TestName = "Duration_compound_1h30m")]
    [TestCase("age > 90m", new[] { "cpu-400m", "cpu-500m", "cpu-2" }, TestName = "Duration_90m_equals_1h30m")]
    [TestCase("age < 45m", new[] { "no-metrics" }, TestName = "Duration_45m")]
    [TestCase("memory_usage / memory_limit > 50%", new[] { "cpu-2500m" }, TestName = "Ratio_of_like_quantities_compares_with_a_percentage")]
    public async Task Unit_literals_are_normalised_to_the_field_type_before_comparing(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"pods(cluster=\"lab\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [TestCase("cpu_usage > 80%", new[] { "n-hot" })]
    [TestCase("cpu_usage == 50%", new[] { "n-cool" })]
    [TestCase("cpu_used > 3", new[] { "n-hot" })]
    public async Task Node_percentages_are_ratios_of_allocatable(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"nodes(cluster=\"lab\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [Test]
    public async Task Quantities_come_back_as_numbers_in_their_base_unit()
    {
        var result = await Queries.ResultAsync(
            """pods(cluster="lab", name="cpu-500m").select(cpu_request, memory_limit, age, cpu_usage, memory_usage, restarts, ready)""");

        result.Columns.Select(c => (c.Type, c.Unit)).Should().Equal(
            ("cpu", "millicores"), ("memory", "bytes"), ("duration", "seconds"), ("cpu", "millicores"), ("memory", "bytes"),
            ("int", null), ("bool", null));
        result.Lines().Should().Equal(Line(500.0, 512 * Mi, 6 * 86_400.0, 50.0, 100 * Mi, 0L, true));
    }

    [Test]
    public async Task Percent_columns_are_ratios_and_maps_and_times_keep_their_types()
    {
        var nodes = await Queries.ResultAsync("""nodes(cluster="lab", name="n-hot").select(cpu_usage)""");
        var pods = await Queries.ResultAsync("""pods(cluster="lab", name="cpu-400m").select(labels, created)""");

        nodes.Columns.Should().Equal(new QueryColumn("cpu_usage", "percent", "ratio"));
        nodes.Lines().Should().Equal(Line(0.85));
        pods.Columns.Select(c => c.Type).Should().Equal("map", "time");
        pods.Rows[0][0].Should().BeAssignableTo<IReadOnlyDictionary<string, string>>()
            .Which.Should().Contain("team", "payments");
        pods.Rows[0][1].Should().Be(QueryFleet.Now.AddDays(-8));
    }

    [TestCase("memory_limit > 512m", "DSL2020", new[] { "'m' means milli", "'Mi'" })]
    [TestCase("cpu_request > 5h", "DSL2", new[] { "expects a CPU quantity such as 500m or 2" })]
    [TestCase("age > 5", "DSL2", new[] { "expects a duration such as 30s, 5m, 2h or 7d" })]
    [TestCase("restarts > 5m", "DSL2", new[] { "expects a whole number" })]
    public async Task A_literal_that_does_not_fit_the_field_type_is_a_binder_error(string condition, string code, string[] parts)
    {
        var query = $"pods(cluster=\"lab\").where({condition})";

        var error = await Queries.ErrorAsync(query);

        error.Source.Should().Be("binder");
        error.Code.Should().StartWith(code);
        var literal = condition[(condition.LastIndexOf(' ') + 1)..];
        (error.Offset, error.Length).Should().Be((query.IndexOf(literal, StringComparison.Ordinal), literal.Length), "the span is the literal");
        foreach (var part in parts)
        {
            (error.Message + " " + error.Hint).Should().Contain(part);
        }
    }

    [Test]
    public async Task A_plain_number_against_a_node_percentage_expects_a_percentage()
    {
        var error = await Queries.ErrorAsync("""nodes(cluster="lab").where(cpu_usage > 80)""");

        error.Source.Should().Be("binder");
        error.Message.Should().Contain("expects a percentage such as 80%");
    }

    [TestCase("age > 5min", "'m'")]
    [TestCase("age > 10sec", "'s'")]
    [TestCase("memory_limit > 2MB", "'Mi'")]
    [TestCase("memory_limit > 2GB", "'Gi'")]
    public async Task Common_unit_mistakes_get_a_suggested_fix(string condition, string fix)
    {
        var error = await Queries.ErrorAsync($"pods(cluster=\"lab\").where({condition})");

        error.Severity.Should().Be("error");
        (error.Message + " " + error.Hint + " " + error.Suggestion).Should().Contain(fix);
    }

    [Test]
    public async Task Units_are_case_sensitive_M_is_mega_not_milli()
    {
        var mega = await Queries.ResultAsync("""pods(cluster="lab").where(memory_limit > 600M)""");

        mega.Texts("name").Should().BeEquivalentTo(["cpu-400m", "cpu-2", "cpu-2500m"], "600M is 600,000,000 bytes, more than 512Mi");
    }

    [Test]
    public async Task Enum_equality_ignores_case()
    {
        var lower = await Queries.ResultAsync("""pods(cluster="prod", namespace="default").where(status == "running")""");
        var matcher = await Queries.ResultAsync("""pods(cluster="prod", namespace="default", status="RUNNING")""");
        var list = await Queries.ResultAsync("""pods(cluster="prod").where(status in ("pending")).count()""");

        lower.Texts("name").Should().BeEquivalentTo("web-1", "web-2", "debug-pod", "busybox");
        lower.Warnings.Should().BeEmpty();
        matcher.Texts("name").Should().BeEquivalentTo("web-1", "web-2", "debug-pod", "busybox");
        list.Lines().Should().Equal(Line(5L));
    }

    [Test]
    public async Task A_value_outside_the_enum_gives_a_warning_with_a_suggestion()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod").where(status == "Runing")""");

        result.Rows.Should().BeEmpty();
        var warning = result.Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().StartWith("DSL2");
        warning.Cluster.Should().BeNull("it is about the query, not a cluster");
        warning.Message.Should().Contain("Runing").And.Contain("Running");
    }

    [Test]
    public async Task Text_equality_is_case_sensitive()
    {
        var exact = await Queries.ResultAsync("""pods(cluster="prod").where(name == "web-1")""");
        var upper = await Queries.ResultAsync("""pods(cluster="prod").where(name == "WEB-1")""");
        var image = await Queries.ResultAsync("""pods(cluster="lab").where(containers.image == "registry.corp/app:1.0")""");

        exact.Texts("name").Should().Equal("web-1");
        upper.Rows.Should().BeEmpty();
        image.Rows.Should().BeEmpty("the image is Registry.Corp/App:1.0");
    }

    [TestCase("name contains \"WEB\"", new[] { "web-1", "web-2", "web-3" })]
    [TestCase("name startswith \"Web-\"", new[] { "web-1", "web-2", "web-3" })]
    [TestCase("name endswith \"-1\"", new[] { "web-1" })]
    [TestCase("namespace startswith \"DEF\" and name endswith \"POD\"", new[] { "debug-pod" })]
    public async Task Contains_startswith_and_endswith_ignore_case(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"pods(cluster=\"prod\", namespace=\"default\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [TestCase("cpu_usage > 0m", new[] { "cpu-400m", "cpu-500m", "cpu-2", "cpu-2500m" })]
    [TestCase("cpu_usage < 100000m", new[] { "cpu-400m", "cpu-500m", "cpu-2", "cpu-2500m" })]
    [TestCase("cpu_usage == null", new[] { "no-metrics" })]
    [TestCase("cpu_usage != null", new[] { "cpu-400m", "cpu-500m", "cpu-2", "cpu-2500m" })]
    [TestCase("exists(cpu_usage)", new[] { "cpu-400m", "cpu-500m", "cpu-2", "cpu-2500m" })]
    [TestCase("not (cpu_usage > 100m)", new[] { "cpu-500m", "no-metrics" })]
    [TestCase("labels[\"team\"] == \"payments\"", new[] { "cpu-400m" })]
    [TestCase("labels[\"team\"] != \"payments\"", new[] { "cpu-500m" })]
    [TestCase("not (labels[\"team\"] == \"payments\")", new[] { "cpu-500m", "cpu-2", "cpu-2500m", "no-metrics" })]
    [TestCase("labels[\"team\"] == null", new[] { "cpu-2", "cpu-2500m", "no-metrics" })]
    [TestCase("coalesce(labels[\"team\"], \"none\") == \"none\"", new[] { "cpu-2", "cpu-2500m", "no-metrics" })]
    public async Task A_missing_value_is_null_and_only_null_checks_are_true_for_it(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"pods(cluster=\"lab\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [TestCase("pods", "containers.image == \"envoyproxy/envoy:v1.30.2\"", new[] { "cpu-2" })]
    [TestCase("pods", "containers.image startswith \"envoy\"", new[] { "cpu-2" })]
    [TestCase("pods", "containers.image != \"nginx:1.25\"", new[] { "cpu-2", "cpu-2500m" })]
    [TestCase("pods", "containers.image in (\"envoyproxy/envoy:v1.30.2\", \"Registry.Corp/App:1.0\")", new[] { "cpu-2", "cpu-2500m" })]
    [TestCase("pods", "len(containers.image) > 1", new[] { "cpu-2" })]
    [TestCase("nodes", "conditions.type == \"DiskPressure\"", new[] { "n-hot", "n-cool" })]
    [TestCase("nodes", "taints.effect == \"NoSchedule\"", new[] { "n-cool" })]
    [TestCase("nodes", "taints.key startswith \"node.kubernetes.io/\"", new[] { "n-cool" })]
    public async Task Comparisons_on_list_paths_are_true_when_any_element_matches(string kind, string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"{kind}(cluster=\"lab\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [Test]
    public async Task Select_of_a_list_path_shows_the_whole_list()
    {
        var result = await Queries.ResultAsync("""pods(cluster="lab", name="cpu-2").select(containers.name, containers.image)""");

        result.Columns.Select(c => c.Type).Should().Equal("string[]", "string[]");
        result.Lines().Should().Equal(Line(new[] { "app", "proxy" }, new[] { "nginx:1.25", "envoyproxy/envoy:v1.30.2" }));
    }

    [TestCase("name =~ \"web\"", new string[0])]
    [TestCase("name =~ \"web.*\"", new[] { "web-1", "web-2", "web-3" })]
    [TestCase("name =~ \"web-[12]\"", new[] { "web-1", "web-2" })]
    [TestCase("name !~ \"web-.*\"", new[] { "debug-pod", "busybox", "stuck-import-7d9c4", "orphan-5f6d7" })]
    [TestCase("name =~ \"eb-1\"", new string[0])]
    [TestCase("name =~ `(web|debug)-.+`", new[] { "web-1", "web-2", "web-3", "debug-pod" })]
    public async Task Regexes_are_fully_anchored(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"pods(cluster=\"prod\", namespace=\"default\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [Test]
    public async Task A_regex_matcher_is_anchored_too()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod", name=~"web").count()""");

        result.Lines().Should().Equal(Line(0L));
    }

    [TestCase("name =~ `(web)-\\1`", "backreference")]
    [TestCase("name =~ `(?=web)web-1`", "lookaround")]
    [TestCase("name !~ `web(?!-1)`", "lookaround")]
    public async Task Backreferences_and_lookaround_are_rejected_with_a_friendly_error(string condition, string what)
    {
        var query = $"pods(cluster=\"prod\").where({condition})";

        var error = await Queries.ErrorAsync(query);

        error.Severity.Should().Be("error");
        error.Code.Should().StartWith("DSL2");
        error.Message.Should().ContainEquivalentOf(what);
        var pattern = condition[condition.IndexOf('`', StringComparison.Ordinal)..];
        error.Offset.Should().Be(query.IndexOf(pattern, StringComparison.Ordinal), "the span is the pattern");
    }

    [Test]
    public async Task Precedence_puts_not_above_and_so_not_binds_to_the_comparison()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod").where(not restarts == 0 and ready == true)""");

        result.Texts("name").Should().BeEquivalentTo("web-2", "busybox", "coredns-5d78c9869d-xk2lp", "prometheus-0");
    }

    [TestCase("lower(name) == \"cpu-2\"", new[] { "cpu-2" })]
    [TestCase("upper(name) == \"CPU-2\"", new[] { "cpu-2" })]
    [TestCase("len(name) == 5", new[] { "cpu-2" })]
    [TestCase("created > ago(90m)", new[] { "cpu-2500m", "no-metrics" })]
    [TestCase("created < now() - 7d", new[] { "cpu-400m" })]
    public async Task Functions_of_version_1(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"pods(cluster=\"lab\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [Test]
    public async Task Bare_words_are_matcher_values_and_equal_quoted_ones()
    {
        var bare = await Queries.ResultAsync("pods(cluster=prod, namespace=default, status=Running)");
        var quoted = await Queries.ResultAsync("""pods(cluster="prod", namespace="default", status="Running")""");

        bare.Lines().Should().BeEquivalentTo(quoted.Lines());
        bare.Rows.Should().HaveCount(4);
    }
}
