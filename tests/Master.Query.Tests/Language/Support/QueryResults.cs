using System.Collections;
using System.Globalization;

namespace Master.Query.Tests.Language.Support;

/// <summary>Reads query outcomes in tests: results as readable text rows, errors as a list.</summary>
internal static class QueryResults
{
    /// <summary>Runs <paramref name="text"/> and returns its result, failing with the diagnostics when there is none.</summary>
    public static async Task<QueryResult> ResultAsync(this IQueryService queries, string text)
    {
        var outcome = await queries.RunAsync(text);
        outcome.Errors.Should().BeEmpty("'{0}' is a valid query", text);
        outcome.Result.Should().NotBeNull("'{0}' is a valid query", text);
        return outcome.Result!;
    }

    /// <summary>Runs <paramref name="text"/> and returns its errors, failing when it gave a result.</summary>
    public static async Task<IReadOnlyList<QueryDiagnostic>> ErrorsAsync(this IQueryService queries, string text)
    {
        var outcome = await queries.RunAsync(text);
        outcome.Result.Should().BeNull("'{0}' is not a valid query", text);
        outcome.Errors.Should().NotBeEmpty("'{0}' is not a valid query", text);
        return outcome.Errors;
    }

    /// <summary>Runs <paramref name="text"/> and returns its single error.</summary>
    public static async Task<QueryDiagnostic> ErrorAsync(this IQueryService queries, string text) =>
        (await queries.ErrorsAsync(text)).Should().ContainSingle().Subject;

    /// <summary>The values of the column named <paramref name="name"/>, in row order.</summary>
    public static IReadOnlyList<object?> Column(this QueryResult result, string name)
    {
        var names = result.Columns.Select(c => c.Name).ToList();
        var index = names.IndexOf(name);
        index.Should().BeGreaterThanOrEqualTo(0, "the result should have a column '{0}' (it has {1})", name, string.Join(", ", names));
        return [.. result.Rows.Select(row => row[index])];
    }

    /// <summary>The text values of the column named <paramref name="name"/>, in row order.</summary>
    public static IReadOnlyList<string?> Texts(this QueryResult result, string name) => [.. result.Column(name).Select(v => v as string)];

    /// <summary>
    /// Every row as one line, cells joined with <c>" | "</c> in the form <see cref="Cell"/> writes, so that expected rows read
    /// like a table and a failure shows the whole row. A <c>cluster</c> cell holding the staging cluster's registry name is read
    /// as its id: the spec matches a cluster by id or name but does not say which of the two the column shows.
    /// </summary>
    public static IReadOnlyList<string> Lines(this QueryResult result, bool looseNumbers = false)
    {
        var clusterColumn = result.Columns.Select(c => c.Name).ToList().IndexOf("cluster");
        return [.. result.Rows.Select(row => string.Join(" | ", row.Select((v, i) =>
            Cell(i == clusterColumn && v is QueryFleet.StagingName ? QueryFleet.StagingId : v, looseNumbers))))];
    }

    /// <summary>One expected row in the form of <see cref="Lines"/>.</summary>
    public static string Line(params object?[] cells) => string.Join(" | ", cells.Select(c => Cell(c, looseNumbers: false)));

    /// <summary>One expected row of an aggregate, whose numbers may come back as long or double.</summary>
    public static string LooseLine(params object?[] cells) => string.Join(" | ", cells.Select(c => Cell(c, looseNumbers: true)));

    /// <summary>
    /// A cell as text: a long as <c>7</c>, a double as <c>7.0</c> or <c>0.95</c> (rounded to 9 decimals), so that the two
    /// numeric kinds of the result contract stay apart; a list as <c>[a, b]</c>; a time in UTC; null as <c>null</c>.
    /// </summary>
    public static string Cell(object? value, bool looseNumbers) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        long l when looseNumbers => Number(l),
        int i when looseNumbers => Number(i),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture) + " (int, not long)",
        double d => Number(d),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{k}={map[k]}").Order(StringComparer.Ordinal)) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(v => Cell(v, looseNumbers))) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };

    private static string Number(double d) => Math.Round(d, 9).ToString("0.0#########", CultureInfo.InvariantCulture);
}
