namespace Master.Security.Passwords;

/// <summary>What a password must be: long enough to resist guessing, and not one of the first guesses.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 256;

    // The commonest passwords of 12 characters or more in public breach lists: what a guesser tries first.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "password1234", "password12345", "passwordpassword",
        "qwertyuiopas", "qwertyuiop123", "1q2w3e4r5t6y", "123qweasdzxc", "administrator", "adminadmin123",
        "changemechangeme", "letmein12345", "iloveyou1234", "welcome12345", "aaaaaaaaaaaa", "000000000000",
    };

    /// <summary>Null when <paramref name="password"/> is acceptable, else one sentence saying what is wrong.</summary>
    /// <remarks>Lengths count UTF-16 characters.</remarks>
    public static string? Problem(string? password) => password switch
    {
        null or { Length: < MinimumLength } => $"The password must be at least {MinimumLength} characters long.",
        { Length: > MaximumLength } => $"The password must be at most {MaximumLength} characters long.",
        _ when string.IsNullOrWhiteSpace(password) => "The password must not be only spaces.",
        _ when Common.Contains(password) => "The password is one of the most common passwords; choose another.",
        _ => null,
    };
}
