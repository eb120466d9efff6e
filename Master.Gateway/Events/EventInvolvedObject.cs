namespace Master.Gateway.Events;

/// <summary>The object an event is about, in an <see cref="EventItem"/>.</summary>
/// <param name="Kind">The object's kind (<c>Pod</c>, <c>Node</c>, ...).</param>
/// <param name="Namespace">Its namespace; empty for cluster-scoped objects.</param>
/// <param name="Name">Its name.</param>
/// <param name="Uid">Its Kubernetes uid, or null when the agent did not report one.</param>
internal sealed record EventInvolvedObject(string Kind, string Namespace, string Name, string? Uid);
