namespace Master.DataHub.Snapshots;

/// <summary>A CronJob (agent-protocol.md §4.3.8).</summary>
public sealed class CronJob : CommonMeta
{
    /// <summary>The cron schedule.</summary>
    public string Schedule { get; set; } = string.Empty;

    /// <summary>True when suspended.</summary>
    public bool Suspend { get; set; }

    /// <summary>Allow, Forbid or Replace.</summary>
    public string ConcurrencyPolicy { get; set; } = string.Empty;

    /// <summary>Successful jobs kept.</summary>
    public int SuccessfulJobsHistoryLimit { get; set; }

    /// <summary>Failed jobs kept.</summary>
    public int FailedJobsHistoryLimit { get; set; }

    /// <summary>The pod template.</summary>
    public PodTemplate Template { get; set => field = value ?? new(); } = new();

    /// <summary>Jobs running now.</summary>
    public int ActiveJobs { get; set; }

    /// <summary>When a job was last scheduled, in UTC; unset when never.</summary>
    public Timestamp LastScheduleTime { get; set; }

    /// <summary>When a job last succeeded, in UTC; unset when never.</summary>
    public Timestamp LastSuccessfulTime { get; set; }
}
