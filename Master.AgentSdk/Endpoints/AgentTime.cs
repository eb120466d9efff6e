using System.Text.RegularExpressions;

namespace Master.AgentSdk.Endpoints;

/// <summary>Reads and writes <c>time</c> values per agent-protocol.md §5.3 (T1–T5).</summary>
internal static partial class AgentTime
{
    /// <summary>
    /// Parses an RFC 3339 time. Returns false when malformed; true with a null value when unset (empty, Go's zero time,
    /// or an instant before it); otherwise the UTC instant truncated to 100 ns.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var g = match.Groups;
        DateTime local;
        try
        {
            local = new DateTime(Int(g["y"]), Int(g["mo"]), Int(g["d"]), Int(g["h"]), Int(g["mi"]), Int(g["s"]), DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        var fraction = g["f"].Success ? g["f"].Value.PadRight(7, '0')[..7] : "0000000";
        var ticks = local.Ticks + (long.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture));
        var offsetTicks = 0L;
        if (g["sign"].Success)
        {
            var hours = Int(g["oh"]);
            var minutes = Int(g["om"]);
            if (hours > 23 || minutes > 59)
            {
                return false;
            }

            offsetTicks = ((hours * 60L) + minutes) * TimeSpan.TicksPerMinute * (g["sign"].Value == "-" ? -1 : 1);
        }

        var utcTicks = ticks - offsetTicks;
        if (utcTicks <= 0 || utcTicks > DateTime.MaxValue.Ticks)
        {
            return utcTicks <= 0;
        }

        value = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }

    /// <summary>Writes a UTC time with <c>Z</c> and 0–7 fraction digits (T5).</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static int Int(Group group) => int.Parse(group.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[Tt](?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2})(?:\.(?<f>[0-9]{1,9}))?(?:[Zz]|(?<sign>[+-])(?<oh>[0-9]{2}):(?<om>[0-9]{2}))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Rfc3339();
}
