namespace Master.Gateway.Live;

/// <summary><c>data</c> of <c>cluster.updated</c>.</summary>
/// <param name="ClusterId">The cluster.</param>
/// <param name="Version">The version of the snapshot now stored, to compare with the one a client has read.</param>
internal sealed record LiveClusterVersion(string ClusterId, long Version);
