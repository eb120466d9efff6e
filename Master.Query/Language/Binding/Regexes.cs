using System.Text.RegularExpressions;

namespace Master.Query.Language.Binding;

/// <summary>
/// Regular expressions of <c>=~</c> and <c>!~</c>: fully anchored as in PromQL, and run by the non-backtracking engine, which
/// takes linear time whatever the pattern, so no query can stall a thread on a crafted regex.
/// </summary>
internal static class Regexes
{
    private static readonly Regex Unsupported = new(@"\\[1-9]|\\k<|\(\?<?[=!]", RegexOptions.CultureInvariant);

    /// <summary>The compiled regex, or why the pattern cannot be one.</summary>
    public static (Regex? Regex, string? Error) Compile(string pattern, bool ignoreCase)
    {
        if (Unsupported.IsMatch(pattern))
        {
            return (null, $"the regular expression `{pattern}` uses a backreference or lookaround, which are not supported: "
                + "regexes run in linear time (as in RE2); match the parts separately with and/or instead");
        }

        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return (new Regex($"^(?:{pattern})$", options), null);
        }
        catch (ArgumentException invalid)
        {
            return (null, $"invalid regular expression `{pattern}`: {invalid.Message}");
        }
        catch (NotSupportedException unsupported)
        {
            return (null, $"the regular expression `{pattern}` is not supported: {unsupported.Message}");
        }
    }

    /// <summary>A glob (<c>prod-*</c>) as an anchored regex: <c>*</c> is any text, everything else is itself.</summary>
    public static string FromGlob(string glob) => string.Join(".*", glob.Split('*').Select(Regex.Escape));
}
