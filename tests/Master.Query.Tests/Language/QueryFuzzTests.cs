using System.Text;
using Master.Query.Tests.Language.Support;

namespace Master.Query.Tests.Language;

/// <summary>
/// query-dsl.md §1 limits and the Diagnostic contract, under abuse: thousands of seeded mutations of the thirty examples, deep
/// nesting and megabytes of text never make <see cref="IQueryService.RunAsync"/> throw; each gives a result or at least one
/// error whose span lies inside the text and whose line and column agree with its offset. No timing is asserted; the
/// cancellation budgets only guard against a hang.
/// </summary>
[NonParallelizable]
public sealed class QueryFuzzTests : FleetQueryTests
{
    private const int Seed = 20_250_612;
    private const int Cases = 5_000;

    private static readonly string[] Tokens =
    [
        "(", ")", "\"", "'", "`", "[", "]", ".where(", " and ", " or ", " not ", "%", "١", "٣٤", "\n", "// x\n", ",", "=~", "!~",
        "==", " in ", "5m", "2Gi", "80%", "\\", "null", "*", ".", ";", "&&", "||", "!", "labels[\"", "é", "😀", "\t", ".count()",
        ".groupBy(", " desc", "1e9", "99999999999999999999", "-", "/", "0.0", "`(?=x)`", "`(a)\\1`", ".limit(", " as ", "\uD800",
        "in (", "notin", ".top(0,", ".distinct(", "ago(", "now()", "=", "!=", ">=", "<", "5min", "512m", "\u0000", "\r\n",
    ];

    [Test]
    [CancelAfter(600_000)]
    public async Task Seeded_mutations_of_the_examples_give_a_result_or_well_placed_errors(CancellationToken cancellationToken)
    {
        var random = new Random(Seed);
        var problems = new List<string>();
        var results = 0;

        for (var i = 0; i < Cases && problems.Count < 20; i++)
        {
            var text = Mutate(random, SpecExamples.All[random.Next(SpecExamples.All.Count)]);
            var (problem, result) = await RunCheckedAsync(text, cancellationToken);
            if (problem is not null)
            {
                problems.Add($"case {i}: {problem}\n    query: {Show(text)}");
            }
            else if (result)
            {
                results++;
            }
        }

        problems.Should().BeEmpty("every query gives a result or well-placed errors (seed {0})", Seed);
        results.Should().BeGreaterThan(0, "some mutations (a doubled space, a dropped comment) are still valid queries");
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Every_example_and_every_prefix_of_it_gives_a_result_or_well_placed_errors(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var example in SpecExamples.All)
        {
            for (var length = 0; length <= example.Length; length++)
            {
                var text = example[..length];
                if (await CheckAsync(text, cancellationToken) is { } problem)
                {
                    problems.Add($"{problem}\n    query: {Show(text)}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [TestCase(32, TestName = "Nesting_32_levels_deep_in_a_where")]
    [TestCase(40, TestName = "Nesting_40_levels_deep_in_a_where")]
    [TestCase(4_000, TestName = "Nesting_4000_levels_deep_within_the_length_limit")]
    [TestCase(10_000, TestName = "Nesting_10000_levels_deep")]
    [CancelAfter(120_000)]
    public async Task Deep_nesting_gives_a_diagnostic_not_a_crash(int depth, CancellationToken cancellationToken)
    {
        string[] texts =
        [
            "pods.where(" + new string('(', depth - 1) + "restarts > 5" + new string(')', depth),
            "pods.where(" + new string('(', depth),
            "pods.where(" + string.Concat(Enumerable.Repeat("not (", depth)),
            "pods(cluster in " + new string('[', depth),
            "pods.select(" + string.Concat(Enumerable.Repeat("len(", depth)) + "name" + new string(')', depth + 1),
        ];

        foreach (var text in texts)
        {
            (await CheckAsync(text, cancellationToken)).Should().BeNull(Show(text));
            var outcome = await Queries.RunAsync(text, cancellationToken);
            if (depth > 32 && text.Count(c => c is '(' or '[') > 32)
            {
                outcome.Result.Should().BeNull("{0} brackets are more than 32 levels", depth);
            }
        }
    }

    // A chain of unary operators nests the parser as deeply as parentheses do, within the length limit: the depth limit must
    // stop it before the stack does (a stack overflow cannot be caught and ends the whole test run).
    [TestCase("-", 40)]
    [TestCase("-", 4_000)]
    [TestCase("not ", 1_000)]
    [CancelAfter(120_000)]
    public async Task A_long_chain_of_unary_operators_gives_a_result_or_a_diagnostic_not_a_crash(
        string op, int count, CancellationToken cancellationToken)
    {
        var text = "pods.where(" + string.Concat(Enumerable.Repeat(op, count)) + "restarts > 5)";

        (await CheckAsync(text, cancellationToken)).Should().BeNull(Show(text));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_megabyte_of_text_gives_a_diagnostic_not_a_crash(CancellationToken cancellationToken)
    {
        const int Megabyte = 1 << 20;
        string[] texts =
        [
            "pods.where(name == \"" + new string('a', Megabyte) + "\")",
            new string('(', Megabyte),
            new string('x', Megabyte),
            "pods" + string.Concat(Enumerable.Repeat(".count()", Megabyte / 8)),
            string.Concat(Enumerable.Repeat("// comment\n", Megabyte / 11)) + "pods",
        ];

        foreach (var text in texts)
        {
            (await CheckAsync(text, cancellationToken)).Should().BeNull(Show(text));
            var error = (await Queries.RunAsync(text, cancellationToken)).Errors.Should().ContainSingle().Subject;
            error.Message.Should().Contain("too long");
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_long_glob_or_regex_matcher_value_gives_a_result_or_an_error(CancellationToken cancellationToken)
    {
        var x = new string('x', 3_000);
        string[] texts =
        [
            $"pods(cluster=\"prod-*{x}\")",
            $"pods(cluster=\"*{x}*\").count()",
            $"pods(name=~\"{x}.*\")",
            $"pods.where(name =~ \"{string.Concat(Enumerable.Repeat("(a|b)*", 500))}\")",
        ];

        foreach (var text in texts)
        {
            (await CheckAsync(text, cancellationToken)).Should().BeNull(Show(text));
        }
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\n\n")]
    [TestCase("// only a comment")]
    [TestCase(";")]
    [TestCase("\"")]
    [TestCase("`")]
    [TestCase("١٢٣")]
    [TestCase("pods.limit(١٠)")]
    [TestCase("pods.where(restarts > ٥)")]
    [TestCase("\uD800")]
    [TestCase("pods(name=\"\uDC00\")")]
    [TestCase("pods.where(name == \"\\q\")")]
    [TestCase("pods.where(restarts > 99999999999999999999999999999999)")]
    [TestCase("pods.where(memory_limit > 99999999999999999999Ei)")]
    [TestCase("pods.limit(99999999999999999999)")]
    [TestCase("pods.where(restarts / 0 > 1)")]
    [TestCase("pods.where(name =~ \"(\")")]
    [TestCase("pods.where(name =~ \"[\")")]
    [TestCase("pods.where(labels[\"a\"][\"b\"] == \"c\")")]
    [TestCase("pods.where(containers[*].image == \"x\")")]
    [TestCase("pods.where(containers[99999999999].image == \"x\")")]
    public async Task Odd_inputs_give_a_result_or_well_placed_errors(string text)
    {
        (await CheckAsync(text, CancellationToken.None)).Should().BeNull(Show(text));
    }

    /// <summary>Runs <paramref name="text"/>; returns what is wrong with the outcome, or null when it keeps the contract.</summary>
    private async Task<string?> CheckAsync(string text, CancellationToken cancellationToken) =>
        (await RunCheckedAsync(text, cancellationToken)).Problem;

    private async Task<(string? Problem, bool Result)> RunCheckedAsync(string text, CancellationToken cancellationToken)
    {
        QueryOutcome outcome;
        try
        {
            outcome = await Queries.RunAsync(text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var frame = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
            return ($"threw {e.GetType().Name}: {e.Message} {frame}", false);
        }

        return outcome is null ? ("returned no outcome", false) : (Check(text, outcome), outcome.Result is not null);
    }

    private static string? Check(string text, QueryOutcome outcome)
    {
        if (outcome.Result is not null)
        {
            return outcome.Errors.Count == 0 ? null : "has both a result and errors";
        }

        if (outcome.Errors.Count == 0)
        {
            return "has neither a result nor an error";
        }

        foreach (var d in outcome.Errors)
        {
            if (d.Severity != "error" || !d.Code.StartsWith("DSL", StringComparison.Ordinal)
                || d.Source is not ("parser" or "binder" or "runtime") || string.IsNullOrWhiteSpace(d.Message))
            {
                return $"malformed diagnostic {d}";
            }

            if (d.Offset < 0 || d.Length < 0 || d.Offset > text.Length || d.Offset + d.Length > text.Length)
            {
                return $"span {d.Offset}+{d.Length} outside a text of {text.Length} ({d.Code}: {d.Message})";
            }

            if (d.Line < 1 || d.Column < 1)
            {
                return $"line {d.Line}, column {d.Column} ({d.Code})";
            }

            var (line, column) = Position(text, d.Offset);
            if (!text.Contains('\r', StringComparison.Ordinal) && (d.Line, d.Column) != (line, column))
            {
                return $"line {d.Line}, column {d.Column} does not match offset {d.Offset} (line {line}, column {column})";
            }
        }

        return null;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, offset - lastNewline);
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(9))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(random.Next(1, 4), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 1:
                    builder.Insert(at, (char)random.Next(32, 127));
                    break;
                case 2 when builder.Length > 0:
                    var start = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 12), builder.Length - start);
                    builder.Insert(at, builder.ToString(start, length));
                    break;
                case 3 when builder.Length > 1:
                    var i = random.Next(builder.Length - 1);
                    (builder[i], builder[i + 1]) = (builder[i + 1], builder[i]);
                    break;
                case 4:
                case 5:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 6:
                    builder.Insert(at, new string('x', random.Next(1, 5_000)));
                    break;
                case 7:
                    var depth = random.Next(1, 41);
                    builder.Insert(at, new string('(', depth));
                    if (random.Next(2) == 0)
                    {
                        builder.Insert(random.Next(at, builder.Length + 1), new string(')', depth));
                    }

                    break;
                default:
                    var digit = random.Next(builder.Length + 1);
                    builder.Insert(digit, (char)('\u0660' + random.Next(10)));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Show(string text) =>
        (text.Length <= 200 ? text : text[..120] + $"… ({text.Length} chars) …" + text[^60..]).Replace("\n", "\\n", StringComparison.Ordinal);
}
