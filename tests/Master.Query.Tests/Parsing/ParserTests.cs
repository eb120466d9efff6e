using System.Globalization;
using Master.Query.Language;
using Master.Query.Language.Parsing;
using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Tests.Parsing;

/// <summary>What the grammar of query-dsl.md §2–3 builds: precedence, literals, comments, spans, limits.</summary>
public sealed class ParserTests
{
    [Test]
    public void Not_binds_tighter_than_and_and_looser_than_a_comparison()
    {
        var where = Where("pods.where(not a == 1 and b)");

        var and = where.Should().BeOfType<BinaryExpr>().Subject;
        and.Operator.Should().Be(BinaryOperator.And);
        var not = and.Left.Should().BeOfType<NotExpr>().Subject;
        not.Operand.Should().BeOfType<CompareExpr>().Which.Operator.Should().Be(CompareOperator.Equal);
        and.Right.Should().BeOfType<PathExpr>();
    }

    [Test]
    public void And_binds_tighter_than_or_and_arithmetic_tighter_than_comparisons()
    {
        var where = Where("pods.where(a or b and c > 1 + 2 * 3)");

        var or = where.Should().BeOfType<BinaryExpr>().Subject;
        or.Operator.Should().Be(BinaryOperator.Or);
        var and = or.Right.Should().BeOfType<BinaryExpr>().Subject;
        var compare = and.Right.Should().BeOfType<CompareExpr>().Subject;
        var sum = compare.Right.Should().BeOfType<BinaryExpr>().Subject;
        sum.Operator.Should().Be(BinaryOperator.Add);
        sum.Right.Should().BeOfType<BinaryExpr>().Which.Operator.Should().Be(BinaryOperator.Multiply);
    }

    [Test]
    public void Subtraction_is_left_associative()
    {
        var minus = Where("pods.where(a - b - c > 0)").Should().BeOfType<CompareExpr>().Subject.Left.Should().BeOfType<BinaryExpr>().Subject;

        minus.Left.Should().BeOfType<BinaryExpr>().Which.Operator.Should().Be(BinaryOperator.Subtract);
        minus.Right.Should().BeOfType<PathExpr>().Which.DottedName.Should().Be("c");
    }

    [TestCase("\"a\\\"b\"", "a\"b")]
    [TestCase("'it\\'s'", "it's")]
    [TestCase("\"tab\\tnew\\nline\\\\\"", "tab\tnew\nline\\")]
    [TestCase("`registry\\.corp/.*`", "registry\\.corp/.*")]
    public void Strings_decode_their_escapes_and_raw_strings_keep_backslashes(string written, string value)
    {
        var literal = Where($"pods.where(name == {written})").Should().BeOfType<CompareExpr>().Subject.Right.Should().BeOfType<LiteralExpr>().Subject;

        literal.Kind.Should().Be(LiteralKind.String);
        literal.Value.Should().Be(value);
        literal.Text.Should().Be(written);
    }

    [TestCase("500m", 500, "m")]
    [TestCase("2Gi", 2, "Gi")]
    [TestCase("80%", 80, "%")]
    [TestCase("0.5k", 0.5, "k")]
    public void Unit_literals_keep_their_suffix_for_the_binder(string written, double number, string suffix)
    {
        var literal = Where($"pods.where(x > {written})").Should().BeOfType<CompareExpr>().Subject.Right.Should().BeOfType<LiteralExpr>().Subject;

        literal.Kind.Should().Be(LiteralKind.Unit);
        literal.Units.Should().Equal(new UnitPart(number, suffix));
    }

    [Test]
    public void A_compound_duration_has_one_part_per_unit()
    {
        var literal = Where("pods.where(age > 1h30m15s)").Should().BeOfType<CompareExpr>().Subject.Right.Should().BeOfType<LiteralExpr>().Subject;

        literal.Units.Should().Equal(new UnitPart(1, "h"), new UnitPart(30, "m"), new UnitPart(15, "s"));
    }

    [Test]
    public void Numbers_are_read_with_the_invariant_culture_whatever_the_current_one()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // German number format, built by hand: the test host may run in globalization-invariant mode.
            var german = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            german.NumberFormat.NumberDecimalSeparator = ",";
            german.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = german;
            var literal = Where("pods.where(x > 80.5)").Should().BeOfType<CompareExpr>().Subject.Right.Should().BeOfType<LiteralExpr>().Subject;
            literal.Number.Should().Be(80.5);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Test]
    public void Digits_other_than_ascii_are_not_numbers()
    {
        var error = QueryParser.Parse("pods.limit(١٢)").Error;

        error!.Code.Should().Be("DSL1004");
        (error.Column, error.Length).Should().Be((12, 1));
    }

    [Test]
    public void Comments_and_line_breaks_are_whitespace_and_lines_count_from_one()
    {
        var parsed = QueryParser.Parse("// leading comment\npods(cluster=\"prod\") // trailing\n  .where(restarts > 5) ;");

        parsed.Error.Should().BeNull();
        parsed.Syntax!.Stages.Should().ContainSingle().Which.Should().BeOfType<WhereStage>();
    }

    [Test]
    public void A_syntax_error_on_a_later_line_reports_that_line_and_its_column()
    {
        var error = QueryParser.Parse("pods\n  .where(restarts >> 5)").Error;

        (error!.Line, error.Column, error.Offset).Should().Be((2, 20, 24));
    }

    [TestCase("pods(namespace notin (\"a\"))", "NotIn")]
    [TestCase("pods(namespace not in [\"a\", \"b\"])", "NotIn")]
    [TestCase("pods(namespace in (\"a\"))", "In")]
    [TestCase("pods(app=~\"web.*\")", "Matches")]
    [TestCase("pods(app!~`web.*`)", "NotMatches")]
    [TestCase("pods(app==web)", "Equal")]
    public void Every_matcher_operator_parses(string query, string op) =>
        QueryParser.Parse(query).Syntax!.Source.Matchers.Should().ContainSingle().Which.Operator.ToString().Should().Be(op);

    [TestCase("prod-eu-1", "Word")]
    [TestCase("prod-*", "Word")]
    [TestCase("10.0.1.5", "Word")]
    [TestCase("5m", "Unit")]
    [TestCase("42", "Number")]
    [TestCase("TRUE", "True")]
    public void Unquoted_matcher_values_are_words_unless_they_read_as_literals(string value, string kind) =>
        QueryParser.Parse($"pods(x={value})").Syntax!.Source.Matchers[0].Values[0].Kind.ToString().Should().Be(kind);

    [Test]
    public void Keywords_and_stage_names_ignore_case_and_keywords_are_whole_words()
    {
        var parsed = QueryParser.Parse("pods.WHERE(index > 1 AND notready == TRUE).Sort(name DESC)");

        parsed.Error.Should().BeNull();
        var and = ((WhereStage)parsed.Syntax!.Stages[0]).Condition.Should().BeOfType<BinaryExpr>().Subject;
        and.Left.Should().BeOfType<CompareExpr>().Which.Left.Should().BeOfType<PathExpr>().Which.DottedName.Should().Be("index");
        ((SortStage)parsed.Syntax.Stages[1]).Keys[0].Descending.Should().BeTrue();
    }

    [Test]
    public void Spans_cover_exactly_the_text_of_a_node()
    {
        const string Query = "pods.where(labels[\"app\"] == \"web\")";
        var compare = Where(Query).Should().BeOfType<CompareExpr>().Subject;

        Query.Substring(compare.Left.Span.Offset, compare.Left.Span.Length).Should().Be("labels[\"app\"]");
        Query.Substring(compare.Span.Offset, compare.Span.Length).Should().Be("labels[\"app\"] == \"web\"");
    }

    [Test]
    public void Thirty_two_levels_of_nesting_parse_and_the_thirty_third_is_refused_where_it_opens()
    {
        var deep = "pods.where(" + new string('(', 31) + "a > 1" + new string(')', 31) + ")";
        QueryParser.Parse(deep).Error.Should().BeNull();

        var tooDeep = "pods.where(" + new string('(', 32) + "a > 1" + new string(')', 32) + ")";
        var error = QueryParser.Parse(tooDeep).Error!;
        error.Code.Should().Be("DSL1041");
        error.Offset.Should().Be(tooDeep.LastIndexOf('(') - 0, "the 33rd '(' is the innermost one");
    }

    [TestCase("restarts + ", "0 > 1")]
    [TestCase("ready and ", "ready")]
    [TestCase("-", "restarts > 1")]
    [TestCase("not ", "ready")]
    public void Operator_chains_bind_up_to_256_deep_and_a_longer_one_is_refused_without_deep_recursion(string repeated, string end)
    {
        // On a thread with a third of a thread-pool thread's 1.5 MB of stack: no query may come near the limit.
        var within = CompileOnSmallStack("pods.where(" + string.Concat(Enumerable.Repeat(repeated, ExpressionDepth.MaxDepth - 2)) + end + ")");
        within.Errors.Where(error => error.Source == "parser").Should().BeEmpty();

        var longest = "pods.where(" + string.Concat(Enumerable.Repeat(repeated, (QueryLimits.MaxLength - 20 - end.Length) / repeated.Length)) + end + ")";
        var refused = CompileOnSmallStack(longest);
        longest.Length.Should().BeLessThanOrEqualTo(QueryLimits.MaxLength);
        refused.Errors.Should().ContainSingle().Which.Code.Should().Be("DSL1041");
    }

    [Test]
    public void A_query_of_4096_characters_parses_and_one_more_is_too_long()
    {
        var padded = "pods" + new string(' ', 4092);
        QueryParser.Parse(padded).Error.Should().BeNull();

        var error = QueryParser.Parse(padded + " ").Error!;
        error.Code.Should().Be("DSL1040");
        error.Message.Should().Contain("too long");
        error.Offset.Should().Be(4096);
    }

    [TestCase("", "DSL1001", "a resource kind such as pods")]
    [TestCase("pods(cluster=\"a\").", "DSL1001", "an operation such as where")]
    [TestCase("pods.where(x == \"a\\q\")", "DSL1009", "unknown escape '\\q'")]
    [TestCase("pods.where(age > 1h30)", "DSL1020", "needs one of ms, s, m, h, d, w")]
    [TestCase("pods.aggregate(median(x))", "DSL1010", "unknown aggregate 'median'")]
    [TestCase("pods.where(ready || x)", "DSL1008", "write 'or' instead of '||'")]
    [TestCase("pods.where(! ready)", "DSL1008", "write 'not' instead of '!'")]
    [TestCase("pods(cluster) ", "DSL1006", "a matcher operator (=, !=, =~, !~, in, not in)")]
    [TestCase("pods x", "DSL1006", "expected '(', '.', ';' or end of query")]
    public void Other_syntax_errors_say_what_was_expected(string query, string code, string substance)
    {
        var error = QueryParser.Parse(query).Error!;

        error.Code.Should().Be(code);
        error.Message.Should().Contain(substance);
    }

    private static CompiledQuery CompileOnSmallStack(string query)
    {
        CompiledQuery? compiled = null;
        var thread = new Thread(() => compiled = CompiledQuery.Compile(query, SchemaRegistry.Default), maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();
        return compiled!;
    }

    private static ExprSyntax Where(string query)
    {
        var parsed = QueryParser.Parse(query);
        parsed.Error.Should().BeNull(parsed.Error?.Message);
        return parsed.Syntax!.Stages.OfType<WhereStage>().Single().Condition;
    }
}
