namespace Master.Database.Events;

/// <summary>An object events can be about, named the way <c>cluster_events</c> stores it.</summary>
/// <param name="Kind">The object's kind.</param>
/// <param name="Namespace">Its namespace; empty for cluster-scoped objects.</param>
/// <param name="Name">Its name.</param>
public sealed record InvolvedObject(string Kind, string Namespace, string Name);
