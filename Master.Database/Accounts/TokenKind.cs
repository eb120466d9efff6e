namespace Master.Database.Accounts;

/// <summary>What a token is for; stored as <c>session</c> or <c>api_key</c>.</summary>
public enum TokenKind
{
    /// <summary>A login session.</summary>
    Session,

    /// <summary>A long-lived API key.</summary>
    ApiKey,
}
