namespace Master.Database.Commands;

/// <summary>Which commands to list: every filter that is set must match exactly; null means "any".</summary>
/// <param name="ClusterId">Only commands of this cluster.</param>
/// <param name="Status">Only commands with this status.</param>
/// <param name="Action">Only commands with this action.</param>
/// <param name="Since">Only commands created at or after this instant.</param>
/// <param name="Limit">The page size, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="After">The <see cref="CommandPage.Next"/> cursor of the previous page, or null for the first page.</param>
public sealed record CommandQuery(
    string? ClusterId = null,
    string? Status = null,
    string? Action = null,
    DateTimeOffset? Since = null,
    int Limit = CommandQuery.DefaultLimit,
    CommandCursor? After = null)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;
}
