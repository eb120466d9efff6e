using System.Globalization;
using System.Text.RegularExpressions;

namespace Master.Gateway.Events;

/// <summary>Reads the RFC 3339 times of query parameters: <c>YYYY-MM-DD(T|t)HH:MM:SS[.fraction](Z|z|±HH:MM)</c>.</summary>
internal static partial class Rfc3339Time
{
    /// <summary>
    /// The UTC instant of <paramref name="text"/>, its fraction cut to 100 ns as everywhere in Master; false for anything
    /// that is not RFC 3339, such as a time without an offset, whose instant would depend on the server's zone.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset time)
    {
        time = default;
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var groups = match.Groups;
        var fraction = groups["fraction"].Success ? groups["fraction"].Value.PadRight(7, '0')[..7] : "0000000";
        var offset = groups["offset"].Value is "Z" or "z" ? "+00:00" : groups["offset"].Value;
        if (!DateTimeOffset.TryParseExact(
            $"{groups["date"].Value}T{groups["clock"].Value}.{fraction}{offset}",
            "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var parsed))
        {
            return false;
        }

        time = parsed.ToUniversalTime();
        return true;
    }

    // [0-9], not \d: \d matches every Unicode digit. Nine fraction digits at most, as Go writes them.
    [GeneratedRegex(
        "^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt](?<clock>[0-9]{2}:[0-9]{2}:[0-9]{2})"
            + "(?:\\.(?<fraction>[0-9]{1,9}))?(?<offset>[Zz]|[+-][0-9]{2}:[0-9]{2})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
