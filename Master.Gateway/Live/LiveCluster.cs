namespace Master.Gateway.Live;

/// <summary><c>data</c> of <c>cluster.online</c> and <c>cluster.removed</c>.</summary>
/// <param name="ClusterId">The cluster.</param>
internal sealed record LiveCluster(string ClusterId);
