using static Master.Query.Tests.Language.Support.QueryResults;

namespace Master.Query.Tests.Language;

/// <summary>
/// query-dsl.md §5 Operator semantics by type (what each operator may be applied to), the stage and keyword spellings of §3,
/// and fields beyond the friendly names: raw wire paths, owners.
/// </summary>
public sealed partial class SemanticsTests
{
    [TestCase("status > \"Running\"", TestName = "Ordering_an_enum_is_an_error")]
    [TestCase("ready > true", TestName = "Ordering_a_bool_is_an_error")]
    [TestCase("restarts =~ \"5\"", TestName = "A_regex_on_a_number_is_an_error")]
    [TestCase("ready !~ \"t.*\"", TestName = "A_regex_on_a_bool_is_an_error")]
    [TestCase("restarts contains \"5\"", TestName = "Contains_on_a_number_is_an_error")]
    [TestCase("ready startswith \"t\"", TestName = "Startswith_on_a_bool_is_an_error")]
    [TestCase("cpu_request > memory_limit", TestName = "Comparing_cpu_with_memory_is_an_error")]
    [TestCase("cpu_request > 5Gi", TestName = "A_memory_literal_against_cpu_is_an_error")]
    [TestCase("age > 2Gi", TestName = "A_memory_literal_against_a_duration_is_an_error")]
    public async Task Operators_that_do_not_apply_to_the_type_are_binder_errors(string condition)
    {
        var error = await Queries.ErrorAsync($"pods(cluster=\"prod\").where({condition})");

        error.Source.Should().Be("binder");
        error.Code.Should().StartWith("DSL2");
    }

    [Test]
    public async Task Ordering_text_works_ordinally_but_warns()
    {
        var result = await Queries.ResultAsync("""pods(cluster="prod", namespace="default").where(name > "stuck")""");

        result.Texts("name").Should().BeEquivalentTo("stuck-import-7d9c4", "web-1", "web-2", "web-3");
        result.Warnings.Should().Contain(w => w.Code.StartsWith("DSL2", StringComparison.Ordinal));
    }

    [TestCase("status.qosClass == \"BestEffort\"", new[] { "debug-pod", "busybox", "adhoc-shell" })]
    [TestCase("spec.restartPolicy == \"OnFailure\"", new[] { "etl-runner-x8k2m", "report-28512345-zk2lp" })]
    [TestCase("deployment == \"checkout\"", new[] { "checkout-abcde", "checkout-img2x", "checkout-pend1" })]
    [TestCase("owner_kind == \"StatefulSet\"", new[] { "redis-0", "prometheus-0", "alertmanager-0" })]
    [TestCase("owner_name == \"report-28512345\"", new[] { "report-28512345-zk2lp" })]
    [TestCase("restarts > 5 AND NOT ready", new[] { "web-3", "ledger-sync-m4n7q" })]
    [TestCase("name == 'web-1'", new[] { "web-1" })]
    [TestCase("name in ['web-1', \"web-2\"]", new[] { "web-1", "web-2" })]
    [TestCase("namespace not in (\"default\", \"shop\", \"kube-system\", \"batch\")", new[] { "prometheus-0", "alertmanager-0" })]
    [TestCase("last_termination_reason == \"Error\"", new[] { "web-3" })]
    [TestCase("total_containers == 2 and ready_containers == 2", new[] { "api-x2k4p" })]
    public async Task Wire_paths_owner_fields_and_keyword_spellings(string condition, string[] names)
    {
        var result = await Queries.ResultAsync($"pods(cluster=\"prod\").where({condition})");

        result.Texts("name").Should().BeEquivalentTo(names);
    }

    [TestCase("""pods(cluster="prod").count();""", 21L)]
    [TestCase("""pods(cluster="prod", namespace notin ("kube-system")).count()""", 19L)]
    [TestCase("""pods(cluster="prod", namespace not in ("kube-system")).count()""", 19L)]
    [TestCase("  // leading comment\npods(cluster=\"prod\")   // trailing comment\n  .count()   ", 21L)]
    [TestCase("""pods(cluster='prod').count()""", 21L)]
    [TestCase("""pods(cluster="prod", ready=false).count()""", 10L)]
    public async Task Spellings_of_the_grammar_all_give_the_same_answer(string query, long count)
    {
        var result = await Queries.ResultAsync(query);

        result.Lines().Should().Equal(Line(count));
    }

    [Test]
    public async Task Project_orderBy_and_take_are_select_sort_and_limit()
    {
        var aliases = await Queries.ResultAsync("""pods(cluster="prod").orderBy(restarts desc).take(2).project(name, restarts)""");
        var canonical = await Queries.ResultAsync("""pods(cluster="prod").sort(restarts desc).limit(2).select(name, restarts)""");

        aliases.Lines().Should().Equal(Line("coredns-5d78c9869d-xk2lp", 500L), Line("ledger-sync-m4n7q", 9L));
        canonical.Lines().Should().Equal(aliases.Lines());
    }

    [Test]
    public async Task String_escapes_and_raw_strings()
    {
        var escaped = await Queries.ResultAsync("""pods(cluster="prod").where(name == 'it\'s' or name == "a\"b\\c\n\t").count()""");
        var raw = await Queries.ResultAsync("pods(cluster=\"prod\").where(name =~ `web-\\d`).count()");
        var error = await Queries.ErrorAsync("""pods(cluster="prod").where(name == "debug\-pod")""");

        escaped.Lines().Should().Equal(Line(0L));
        raw.Lines().Should().Equal([Line(3L)], "a raw string keeps its backslash for the regex");
        error.Source.Should().Be("parser");
        error.Offset.Should().BeInRange(35, 46, "the error is in the string literal");
    }
}
