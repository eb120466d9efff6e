using System.Text.RegularExpressions;

namespace Master.Gateway.Settings;

/// <summary>The rule for the keys the API writes: lower case, so two spellings can never name two settings.</summary>
internal static partial class SettingKeys
{
    public const int MaxLength = 128;

    public const string Rule = "expected 1 to 128 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit";

    public static bool IsValid(string key) => Pattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
