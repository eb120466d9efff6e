namespace Master.Database.Audit;

/// <summary>One page of a log, newest first.</summary>
/// <typeparam name="T">The entry type.</typeparam>
/// <param name="Items">The entries of this page.</param>
/// <param name="Next">Where the next page starts, or null when this is the last one.</param>
public sealed record LogPage<T>(IReadOnlyList<T> Items, LogCursor? Next);
