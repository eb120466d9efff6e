using System.ComponentModel.DataAnnotations;

namespace Master.DataHub;

/// <summary>Timing rules every hub implementation applies the same way.</summary>
public sealed class DataHubOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:DataHub";

    /// <summary>An agent with no heartbeat or snapshot for this long is offline (default 45 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>How often the hub looks for agents that went offline and commands past a deadline (default 1 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan LivenessCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many unread changes one change-feed subscriber may fall behind before it is cut off (default 4096).</summary>
    [Range(16, 1_000_000)]
    public int ChangeFeedCapacity { get; set; } = 4096;
}
