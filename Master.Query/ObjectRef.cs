namespace Master.Query;

/// <summary>A Kubernetes object of one cluster, by kind, namespace and name.</summary>
/// <param name="Kind">The kind (<c>Deployment</c>, <c>Pod</c>, ...).</param>
/// <param name="Namespace">The namespace; empty for cluster-scoped objects.</param>
/// <param name="Name">The name.</param>
public sealed record ObjectRef(string Kind, string Namespace, string Name);
