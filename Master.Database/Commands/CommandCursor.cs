namespace Master.Database.Commands;

/// <summary>
/// A keyset position in the newest-first command order (creation time, then id): the next page holds the commands
/// strictly after it, so commands created between two pages are neither skipped nor repeated.
/// </summary>
/// <param name="CreatedAt">The creation time of the last command of the previous page.</param>
/// <param name="Id">That command's id.</param>
public sealed record CommandCursor(DateTimeOffset CreatedAt, string Id);
