namespace Master.Fleet.Commands.Actions;

/// <summary>
/// A deliberately lenient plausibility check for Kubernetes names: the API server applies the exact rules
/// (DNS labels, subdomains, per-kind limits); Master only refuses what can never be a name.
/// </summary>
internal static class KubernetesName
{
    public const int MaxLength = 253;

    public const string Expectation = "1 to 253 characters without whitespace or control characters";

    public static bool IsPlausible(string value) => value.Length is > 0 and <= MaxLength && IsToken(value);

    /// <summary>True when <paramref name="value"/> is non-empty and has no whitespace or control characters.</summary>
    public static bool IsToken(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
}
