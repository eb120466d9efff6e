namespace Master.Database.Accounts;

/// <summary>How a change or deletion of a user ended.</summary>
public enum UserWriteResult
{
    /// <summary>The write was made.</summary>
    Done,

    /// <summary>There is no such user; nothing was written.</summary>
    NotFound,

    /// <summary>
    /// Nothing was written because afterwards no active user would have the <c>admin</c> role, and nobody could
    /// administer the users any more.
    /// </summary>
    LastAdmin,
}
