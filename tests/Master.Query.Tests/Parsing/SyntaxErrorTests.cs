using Master.Query.Language.Parsing;

namespace Master.Query.Tests.Parsing;

/// <summary>The parser's first syntax error: where it is, what it says (query-dsl.md, the malformed queries).</summary>
public sealed class SyntaxErrorTests
{
    [TestCase("pods(cluster=\"prod\"", "DSL1001", 20, 0, "unexpected end of query; expected ',' or ')' to close the '(' at column 5")]
    [TestCase("pods(cluster=\"prod\", namespace=)", "DSL1002", 32, 1, "unexpected ')'; expected a value (\"text\", number or word)")]
    [TestCase("nodes(cluster=\"prod\").where(cpu_usage > )", "DSL1003", 41, 1, "unexpected ')'; expected an expression (field, literal or '(')")]
    [TestCase("nodes(cluster=\"prod\").wher(cpu_usage > 80%)", "DSL1010", 23, 4, "unknown operation 'wher'; did you mean 'where'? Valid operations: where, select, project, sort, orderBy, limit, take, top, groupBy, count, sum, avg, min, max, aggregate, distinct")]
    [TestCase("pods(cluster=\"prod\").where(status = \"Running\"", "DSL1001", 46, 0, "unexpected end of query; expected ')' to close the '(' at column 27 or an operator (==, >, and, or, in, ...)")]
    [TestCase("pods(cluster=\"prod\").limit(ten)", "DSL1004", 28, 3, "unexpected 'ten'; expected a whole number, e.g. limit(10)")]
    [TestCase("pods(cluster=\"prod\").where(memory_usage > 2GB)", "DSL1020", 44, 2, "unknown unit 'GB' after number 2 (did you mean 'Gi' or 'G'?)")]
    [TestCase("pods(cluster=\"prod\", restarts > 5)", "DSL1030", 31, 1, "'>' is not allowed in a selector argument; selector arguments are matchers (=, !=, =~, !~, in, not in). Move comparisons into .where(...)")]
    [TestCase("pods(cluster=\"prod\").where(status == \"Running)", "DSL1005", 38, 9, "unterminated string literal: missing closing \"")]
    [TestCase("pods(cluster=\"prod\").sort(restarts descending)", "DSL1006", 36, 10, "unexpected 'descending'; expected ',', ')', asc, desc or an operator (==, >, and, or, in, ...). Did you mean 'desc'?")]
    [TestCase("pods(cluster=\"prod\").where(namespace in \"default\")", "DSL1007", 41, 9, "unexpected \"default\"; expected '(' or '[' (a list such as (\"a\", \"b\"))")]
    [TestCase("pods(cluster=\"prod\").where(labels[\"app\"] == \"web\" && status == \"Running\")", "DSL1008", 51, 2, "unexpected '&&'; expected ')' or an operator (==, >, and, or, in, ...). Hint: write 'and' instead of '&&'")]
    [TestCase("pods(cluster=\"prod\").where(status == \"Running\" and)", "DSL1003", 51, 1, "unexpected ')'; expected an expression (field, literal or '(')")]
    [TestCase("pods(cluster=\"prod\").where((restarts > 5)", "DSL1001", 42, 0, "unexpected end of query; expected ')' to close the '(' at column 27")]
    public void The_malformed_queries_of_the_spec_fail_where_and_how_it_says(string query, string code, int column, int length, string message)
    {
        var error = QueryParser.Parse(query).Error;

        error.Should().NotBeNull();
        error!.Message.Should().Contain(message);
        error.Code.Should().Be(code);
        error.Source.Should().Be("parser");
        (error.Line, error.Column, error.Length).Should().Be((1, column, length));
        error.Offset.Should().Be(column - 1);
    }
}
