using Master.Query.Tests.Language.Support;

namespace Master.Query.Tests.Language;

/// <summary>
/// query-dsl.md, "Fifteen malformed queries", "Further cases" and "Diagnostic contract for the web UI": the code, the source,
/// the span (line, 1-based column, 0-based UTF-16 offset, length) and the substance of each message. Wording is a target, so
/// messages are checked for their key parts only. Syntax errors: only the first; binder errors: all of them.
/// </summary>
[NonParallelizable]
public sealed class MalformedQueryTests : FleetQueryTests
{
    /// <summary>The fifteen malformed queries: query, code, source, column, length, then the parts the message must contain.</summary>
    public static IEnumerable<TestCaseData> Fifteen()
    {
        static TestCaseData Case(int n, string query, string code, string source, int column, int length, params string[] parts) =>
            new TestCaseData(query, code, source, column, length, parts).SetName($"Malformed_{n:00}_{code}");

        yield return Case(1, """pods(cluster="prod" """.TrimEnd(), "DSL1001", "parser", 20, 0,
            "unexpected end of query", "','", "')'", "to close the '(' at column 5");
        yield return Case(2, """pods(cluster="prod", namespace=)""", "DSL1002", "parser", 32, 1, "unexpected ')'", "expected a value");
        yield return Case(3, """nodes(cluster="prod").where(cpu_usage > )""", "DSL1003", "parser", 41, 1,
            "unexpected ')'", "expected an expression");
        yield return Case(4, """nodes(cluster="prod").wher(cpu_usage > 80%)""", "DSL1010", "parser", 23, 4,
            "unknown operation 'wher'", "did you mean 'where'", "where, select, project, sort, orderBy, limit, take, top, groupBy",
            "aggregate, distinct");
        yield return Case(5, """pods(cluster="prod").where(status = "Running" """.TrimEnd(), "DSL1001", "parser", 46, 0,
            "unexpected end of query", "to close the '(' at column 27", "operator");
        yield return Case(6, """pods(cluster="prod").limit(ten)""", "DSL1004", "parser", 28, 3, "unexpected 'ten'", "number");
        yield return Case(7, """pods(cluster="prod").where(memory_usage > 2GB)""", "DSL1020", "parser", 44, 2,
            "unknown unit 'GB'", "'Gi'", "'G'");
        yield return Case(8, """pods(cluster="prod", restarts > 5)""", "DSL1030", "parser", 31, 1,
            "'>' is not allowed in a selector argument", ".where(");
        yield return Case(9, """pods(cluster="prod").where(status == "Running)""", "DSL1005", "parser", 38, 9, "unterminated string");
        yield return Case(10, """pods(cluster="prod").sort(restarts descending)""", "DSL1006", "parser", 36, 10,
            "unexpected 'descending'", "did you mean 'desc'");
        yield return Case(11, """pods(cluster="prod").where(namespace in "default")""", "DSL1007", "parser", 41, 9,
            "unexpected \"default\"", "'('", "'['");
        yield return Case(12, """pods(cluster="prod").where(labels["app"] == "web" && status == "Running")""", "DSL1008", "parser", 51, 2,
            "unexpected '&&'", "write 'and' instead of '&&'");
        yield return Case(13, """podz(cluster="prod").count()""", "DSL2001", "binder", 1, 4,
            "unknown resource kind 'podz'", "did you mean 'pods'", "pods, nodes, deployments");
        yield return Case(14, """nodes(cluster="prod").where(cpu_usag > 80%)""", "DSL2002", "binder", 29, 8,
            "unknown field 'cpu_usag' for nodes", "did you mean 'cpu_usage'");
        yield return Case(15, """pods(cluster="prod").where(memory_limit > 512m)""", "DSL2020", "binder", 43, 4,
            "memory_limit", "512m", "expects a memory quantity", "'m' means milli", "'Mi'");
    }

    [TestCaseSource(nameof(Fifteen))]
    public async Task Each_malformed_query_of_the_spec_gives_its_code_span_and_message(
        string query, string code, string source, int column, int length, string[] parts)
    {
        var error = await Queries.ErrorAsync(query);

        error.Severity.Should().Be("error");
        error.Code.Should().Be(code);
        error.Source.Should().Be(source);
        (error.Line, error.Column, error.Offset, error.Length).Should().Be((1, column, column - 1, length));
        var text = error.Message + " " + error.Hint;
        foreach (var part in parts)
        {
            text.Should().ContainEquivalentOf(part, "the wording is a target, the substance is not");
        }
    }

    [Test]
    public async Task Malformed_03_matches_the_diagnostic_contract_example_field_by_field()
    {
        var error = await Queries.ErrorAsync("""nodes(cluster="prod").where(cpu_usage > )""");

        error.Should().BeEquivalentTo(new
        {
            Severity = "error",
            Code = "DSL1003",
            Source = "parser",
            Line = 1,
            Column = 41,
            Offset = 40,
            Length = 1,
            Hint = (string?)null,
            Suggestion = (string?)null,
        });
        error.Message.Should().StartWith("unexpected ')'; expected an expression");
        error.Expected.Should().Contain("an expression");
    }

    [Test]
    public async Task Malformed_04_suggests_where_for_the_editor_to_put_in_place_of_the_span()
    {
        var error = await Queries.ErrorAsync("""nodes(cluster="prod").wher(cpu_usage > 80%)""");

        error.Suggestion.Should().Be("where");
    }

    [Test]
    public async Task Malformed_10_leaves_path_continuations_out_of_the_expected_list()
    {
        var error = await Queries.ErrorAsync("""pods(cluster="prod").sort(restarts descending)""");

        error.Expected.Should().NotBeEmpty();
        error.Expected.Should().NotContain(e => e.Trim('\'') == "(" || e.Trim('\'') == "." || e.Trim('\'') == "[",
            "after an identifier the expected list names only what can follow it: ',', ')', asc, desc or an operator");
        error.Suggestion.Should().Be("desc");
    }

    [Test]
    public async Task Malformed_13_and_14_suggest_the_kind_and_the_field()
    {
        (await Queries.ErrorAsync("""podz(cluster="prod").count()""")).Suggestion.Should().Be("pods");
        (await Queries.ErrorAsync("""nodes(cluster="prod").where(cpu_usag > 80%)""")).Suggestion.Should().Be("cpu_usage");
    }

    [Test]
    public async Task An_unquoted_word_in_where_is_an_unknown_field_with_the_hint_to_quote_it()
    {
        var error = await Queries.ErrorAsync("""pods(cluster="prod").where(status == Running)""");

        error.Source.Should().Be("binder");
        error.Code.Should().StartWith("DSL2");
        (error.Line, error.Column, error.Offset, error.Length).Should().Be((1, 38, 37, 7));
        (error.Message + " " + error.Hint).Should().Contain("unknown field 'Running'").And.Contain("quote it").And.Contain("\"Running\"");
    }

    [TestCase("""nodes(cluster="prod").where(cpu_usage > 80)""", "expects a percentage such as 80%")]
    [TestCase("""pods(cluster="prod").where(age > 5)""", "expects a duration such as 30s, 5m, 2h or 7d")]
    public async Task A_plain_number_against_a_unit_field_says_what_the_field_expects(string query, string expects)
    {
        var error = await Queries.ErrorAsync(query);

        error.Source.Should().Be("binder");
        error.Code.Should().StartWith("DSL2");
        error.Message.Should().Contain(expects);
    }

    [Test]
    public async Task A_dangling_and_expects_an_expression_at_the_closing_parenthesis()
    {
        var error = await Queries.ErrorAsync("""pods(cluster="prod").where(status == "Running" and)""");

        error.Source.Should().Be("parser");
        error.Code.Should().StartWith("DSL1");
        (error.Line, error.Column, error.Offset, error.Length).Should().Be((1, 51, 50, 1));
        error.Message.Should().Contain("expected an expression");
    }

    [Test]
    public async Task An_unclosed_inner_parenthesis_names_the_where_parenthesis_at_column_27()
    {
        const string Query = """pods(cluster="prod").where((restarts > 5)""";

        var error = await Queries.ErrorAsync(Query);

        error.Source.Should().Be("parser");
        error.Code.Should().Be("DSL1001");
        (error.Offset, error.Length).Should().Be((Query.Length, 0), "the query ends where the ')' is missing");
        error.Message.Should().Contain("expected ')' to close the '(' at column 27");
    }

    [Test]
    public async Task Thirty_three_nested_parentheses_are_too_deep_at_the_33rd()
    {
        // Every '(' of the text is nested in the one before, so the 33rd '(' is the one at depth 33.
        var query = "pods.where(" + new string('(', 32) + "restarts > 5" + new string(')', 33);
        var thirtyThird = NthIndexOf(query, '(', 33);

        var error = await Queries.ErrorAsync(query);

        error.Source.Should().Be("parser");
        error.Code.Should().StartWith("DSL1");
        (error.Line, error.Column, error.Offset, error.Length).Should().Be((1, thirtyThird + 1, thirtyThird, 1));
        error.Message.Should().Contain("nested too deeply").And.Contain("32");
    }

    [Test]
    public async Task Thirty_two_nested_parentheses_are_still_allowed()
    {
        var query = "pods.where(" + new string('(', 31) + "restarts > 5" + new string(')', 32);

        var outcome = await Queries.RunAsync(query);

        outcome.Errors.Should().BeEmpty();
        outcome.Result.Should().NotBeNull();
    }

    [Test]
    public async Task A_query_of_4097_characters_is_too_long_and_one_of_4096_is_not()
    {
        static string Padded(int length)
        {
            const string Head = """pods(cluster="prod").where(name == "x""";
            var query = Head + new string('x', length - Head.Length - 2) + "\")";
            query.Should().HaveLength(length);
            return query;
        }

        var error = (await Queries.ErrorsAsync(Padded(4_097))).Should().ContainSingle().Subject;
        var fits = await Queries.RunAsync(Padded(4_096));

        error.Code.Should().StartWith("DSL1");
        error.Message.Should().Contain("too long");
        error.Offset.Should().BeInRange(0, 4_097);
        fits.Errors.Should().BeEmpty();
        fits.Result!.Rows.Should().BeEmpty();
    }

    [Test]
    public async Task Two_unknown_fields_give_two_binder_errors_at_once()
    {
        const string Query = """nodes(cluster="prod").where(cpu_usag > 80% and memry_usage > 50%)""";

        var errors = await Queries.ErrorsAsync(Query);

        errors.Should().HaveCount(2);
        errors.Should().OnlyContain(e => e.Code == "DSL2002" && e.Source == "binder" && e.Severity == "error");
        errors = [.. errors.OrderBy(e => e.Offset)];
        errors.Select(e => (e.Offset, e.Length)).Should().Equal((Query.IndexOf("cpu_usag", StringComparison.Ordinal), 8),
            (Query.IndexOf("memry_usage", StringComparison.Ordinal), 11));
        errors.Select(e => e.Suggestion).Should().Equal("cpu_usage", "memory_usage");
    }

    [Test]
    public async Task Binder_errors_of_different_kinds_are_all_reported()
    {
        const string Query = """pods(cluster="prod").where(restart > 5 and memory_limit > 512m).select(nmae)""";

        var errors = (await Queries.ErrorsAsync(Query)).OrderBy(e => e.Offset).ToList();

        errors.Select(e => e.Code).Should().Equal("DSL2002", "DSL2020", "DSL2002");
        errors.Select(e => e.Offset).Should().Equal(
            Query.IndexOf("restart", StringComparison.Ordinal), Query.IndexOf("512m", StringComparison.Ordinal),
            Query.IndexOf("nmae", StringComparison.Ordinal));
    }

    [Test]
    public async Task Only_the_first_syntax_error_is_returned()
    {
        var errors = await Queries.ErrorsAsync("""pods(cluster="prod").wher(x > ).limit(ten)""");

        errors.Should().ContainSingle().Which.Code.Should().Be("DSL1010");
    }

    [Test]
    public async Task A_syntax_error_on_the_second_line_has_line_2_and_its_column_on_that_line()
    {
        const string Query = "pods(cluster=\"prod\")\n  .wher(restarts > 5)";

        var error = await Queries.ErrorAsync(Query);

        error.Code.Should().Be("DSL1010");
        (error.Line, error.Column, error.Offset, error.Length).Should().Be((2, 4, Query.IndexOf("wher", StringComparison.Ordinal), 4));
    }

    [Test]
    public async Task Offsets_count_utf16_code_units_as_javascript_does()
    {
        // "😀" is two UTF-16 code units: the unknown stage starts at offset 26 + 2.
        const string Query = "pods(name=\"😀\").wher(restarts > 5)";

        var error = await Queries.ErrorAsync(Query);

        (error.Offset, error.Column).Should().Be((Query.IndexOf("wher", StringComparison.Ordinal), Query.IndexOf("wher", StringComparison.Ordinal) + 1));
    }

    [TestCase("&&", "and")]
    [TestCase("||", "or")]
    public async Task Symbolic_boolean_operators_say_which_word_to_write(string symbol, string word)
    {
        var error = await Queries.ErrorAsync($"pods.where(restarts > 5 {symbol} ready == true)");

        error.Code.Should().Be("DSL1008");
        (error.Message + " " + error.Hint).Should().Contain($"write '{word}'");
    }

    [Test]
    public async Task A_bang_is_not_accepted_and_the_error_says_to_write_not()
    {
        var error = await Queries.ErrorAsync("pods.where(!ready)");

        error.Source.Should().Be("parser");
        (error.Message + " " + error.Hint).Should().Contain("'not'");
    }

    private static int NthIndexOf(string text, char c, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(c, index + 1);
        }

        return index;
    }
}
