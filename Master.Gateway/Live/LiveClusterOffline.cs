namespace Master.Gateway.Live;

/// <summary><c>data</c> of <c>cluster.offline</c>.</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="LastSeen">The agent's last accepted heartbeat or snapshot.</param>
internal sealed record LiveClusterOffline(string ClusterId, DateTimeOffset LastSeen);
