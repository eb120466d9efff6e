using System.ComponentModel.DataAnnotations;

namespace Master.Fleet;

/// <summary>How the fleet's bookkeeping keeps the relational store in step with the live state (configuration.md).</summary>
public sealed class FleetOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Fleet";

    /// <summary>Persisted cluster events that last occurred longer ago than this are deleted (default 30 days).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Per cluster, only the newest this many persisted events are kept (default 100,000).</summary>
    [Range(1, 100_000_000)]
    public int EventMaxCount { get; set; } = 100_000;

    /// <summary>How often event retention runs (default 1 hour).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan EventCleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often silent agents are looked for (default 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan AgentCleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An offline agent silent this long leaves the live registry; its record stays (default 10 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan AgentStaleThreshold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Agent records silent this long are deleted, with their cluster's registry entry (default 30 days).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "36500.00:00:00")]
    public TimeSpan AgentPurgeAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How often agents' heartbeats are written to the store (default 5 s): every agent that changed in that window is
    /// written once, in batches, so the write rate does not grow with the heartbeat rate.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AgentPersistInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A command not taken by its agent within this time of its creation becomes expired (default 10 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CommandExpiry { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A dispatched command without a result this long after its dispatch becomes timeout (default 2 minutes, above the
    /// agent's 60 s budget for running a command and reporting it). A request may ask for another value.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CommandResultTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long to wait before writing again after the store failed (default 5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
