using System.Globalization;
using System.Text.RegularExpressions;
using Master.Architecture.Tests.Conventions;
using Microsoft.Extensions.Logging;

namespace Master.Architecture.Tests.Support;

/// <summary>The two tables of docs/logging.md that must mirror the code: the id blocks and the event catalogue.</summary>
internal static partial class LoggingDocument
{
    public static string Path => System.IO.Path.Combine(RepositoryRoot.Path, "docs", "logging.md");

    /// <summary>Rows like <c>| `Master.AgentSdk` | 1000–1999 | ... |</c>.</summary>
    public static IReadOnlyDictionary<string, EventIdBlock> Blocks() =>
        Rows()
            .Where(cells => cells[0].StartsWith("`Master.", StringComparison.Ordinal) && BlockPattern().IsMatch(cells[1]))
            .ToDictionary(
                cells => cells[0].Trim('`'),
                cells =>
                {
                    var match = BlockPattern().Match(cells[1]);
                    return new EventIdBlock(Number(match.Groups[1].Value), Number(match.Groups[2].Value));
                });

    /// <summary>Rows like <c>| 1000 | Warning | AgentAuthOff | `template` | when |</c>.</summary>
    public static IReadOnlyList<(int Id, LogLevel Level, string Name, string Message)> Catalogue() =>
        Rows()
            .Where(cells => cells.Length >= 4 && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(cells => (Number(cells[0]), Enum.Parse<LogLevel>(cells[1]), cells[2].Trim('`'), Unquote(cells[3])))
            .ToList();

    private static IEnumerable<string[]> Rows() =>
        File.ReadLines(Path)
            .Where(line => line.StartsWith('|'))
            .Select(line => CellSeparator().Split(line.Trim().Trim('|')).Select(cell => cell.Trim()).ToArray());

    // A template containing '|' is written "\|" inside its table cell.
    private static string Unquote(string cell) => cell.Trim('`').Replace("\\|", "|", StringComparison.Ordinal);

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+)\s*[–-]\s*(\d+)$")]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();
}
