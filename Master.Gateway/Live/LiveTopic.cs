namespace Master.Gateway.Live;

/// <summary>The topics a client subscribes to; a set of them is a bit mask.</summary>
[Flags]
internal enum LiveTopic
{
    /// <summary>No topic.</summary>
    None = 0,

    /// <summary><c>clusters</c>: snapshots, agents coming and going, clusters removed.</summary>
    Clusters = 1,

    /// <summary><c>commands</c>: every command created or changing status.</summary>
    Commands = 2,

    /// <summary><c>alerts</c>: alerts firing and resolving.</summary>
    Alerts = 4,
}
