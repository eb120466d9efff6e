namespace Master.Query;

/// <summary>The wire values of a cluster's <c>status</c>.</summary>
public static class ClusterConnectivity
{
    /// <summary>The agent was heard from within the heartbeat timeout.</summary>
    public const string Online = "online";

    /// <summary>The agent has been silent for longer than the heartbeat timeout.</summary>
    public const string Offline = "offline";
}
