namespace Master.Database.Audit;

/// <summary>
/// A keyset position in a newest-first log (time, then id): the next page holds the entries strictly after it, so
/// entries appended between two pages are neither skipped nor repeated.
/// </summary>
/// <param name="OccurredAt">The time of the last entry of the previous page.</param>
/// <param name="Id">That entry's id.</param>
public sealed record LogCursor(DateTimeOffset OccurredAt, long Id);
