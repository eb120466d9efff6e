using System.ComponentModel.DataAnnotations;

namespace Master.DataHub.Redis;

/// <summary>Where the Redis hub's server is and how its keys are named.</summary>
public sealed class RedisDataHubOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:DataHub:Redis";

    /// <summary>The server: <c>host:port</c>, or a StackExchange.Redis configuration string (default <c>localhost:6379</c>).</summary>
    [Required]
    [MinLength(1)]
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>The server's password, or null when it needs none; overrides one in <see cref="Configuration"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The logical database (default 0).</summary>
    [Range(0, 15)]
    public int Database { get; set; }

    /// <summary>Put before every key and channel name, so that several deployments can share one server (default <c>master:</c>).</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(64)]
    public string Prefix { get; set; } = "master:";

    /// <summary>
    /// How often a held poll looks at its queue even without a wake-up message (default 1 s): the safety net for a
    /// message lost while the subscription reconnected.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollRecheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one call to Redis may take before it fails as unavailable (default 5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
