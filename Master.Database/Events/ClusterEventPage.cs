namespace Master.Database.Events;

/// <summary>One page of events, newest first.</summary>
/// <param name="Items">The events of this page.</param>
/// <param name="Next">Where the next page starts, or null when this is the last one.</param>
public sealed record ClusterEventPage(IReadOnlyList<ClusterEventRecord> Items, ClusterEventCursor? Next);
