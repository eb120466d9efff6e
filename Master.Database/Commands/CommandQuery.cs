namespace Master.Database.Commands;

/// <summary>Which commands to list: every filter that is set must match exactly; null means "any".</summary>
/// <param name="ClusterId">Only commands of this cluster.</param>
/// <param name="Status">Only commands with this status.</param>
/// <param name="Action">Only commands with this action.</param>
/// <param name="Source">Only commands from this source.</param>
/// <param name="Since">Only commands created at or after this instant.</param>
/// <param name="Until">Only commands created before this instant.</param>
/// <param name="Limit">The page size, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="After">The <see cref="CommandPage.Next"/> cursor of the previous page, or null for the first page.</param>
public sealed record CommandQuery(
    string? ClusterId = null,
    string? Status = null,
    string? Action = null,
    string? Source = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = CommandQuery.DefaultLimit,
    CommandCursor? After = null)
{
    /// <summary>The page size when the caller names none.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 1000;
}
