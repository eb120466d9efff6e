namespace Master.Database.Events;

/// <summary>
/// Which events to list: every filter that is set must match (exact, case-sensitive), newest first. Null means "any".
/// </summary>
/// <param name="ClusterId">Only this cluster's events.</param>
/// <param name="Namespace">Only events about objects in this namespace (empty: cluster-scoped objects).</param>
/// <param name="InvolvedKind">Only events about objects of this kind.</param>
/// <param name="InvolvedName">Only events about objects with this name.</param>
/// <param name="Reason">Only events with this reason.</param>
/// <param name="Type">Only events of this type.</param>
/// <param name="Since">Only events that last occurred at or after this instant.</param>
/// <param name="Until">Only events that last occurred before this instant.</param>
/// <param name="InvolvedObjects">
/// Only events about one of these objects (an object and what it owns, for the related-events view); at most
/// <see cref="MaxInvolvedObjects"/>. Null means any object, an empty list matches nothing.
/// </param>
/// <param name="Limit">The page size, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="After">The <see cref="ClusterEventPage.Next"/> cursor of the previous page, or null for the first page.</param>
/// <param name="Node">Only events about this node (empty: events that concern no node).</param>
/// <param name="InvolvedUid">Only events about the object with this Kubernetes uid.</param>
public sealed record ClusterEventQuery(
    string? ClusterId = null,
    string? Namespace = null,
    string? InvolvedKind = null,
    string? InvolvedName = null,
    string? Reason = null,
    string? Type = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    IReadOnlyList<InvolvedObject>? InvolvedObjects = null,
    int Limit = ClusterEventQuery.DefaultLimit,
    ClusterEventCursor? After = null,
    string? Node = null,
    string? InvolvedUid = null)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;

    public const int MaxInvolvedObjects = 1000;
}
