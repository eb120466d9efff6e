namespace Master.Security.Accounts;

/// <summary>What a login name may look like: short, printable, and safe in logs and URLs.</summary>
public static class Usernames
{
    /// <summary>1–64 characters: ASCII letters, digits, <c>.</c>, <c>_</c>, <c>-</c> and <c>@</c>, starting with a letter or digit.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";
}
