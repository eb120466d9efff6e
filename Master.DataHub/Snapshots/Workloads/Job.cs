namespace Master.DataHub.Snapshots;

/// <summary>A Job (agent-protocol.md §4.3.7).</summary>
public sealed class Job : CommonMeta
{
    /// <summary>Running pods.</summary>
    public int Active { get; set; }

    /// <summary>Succeeded pods.</summary>
    public int Succeeded { get; set; }

    /// <summary>Failed pods.</summary>
    public int Failed { get; set; }

    /// <summary>True when the job completed.</summary>
    public bool Complete { get; set; }

    /// <summary>Desired completions.</summary>
    public int Completions { get; set; }

    /// <summary>Maximum parallel pods.</summary>
    public int Parallelism { get; set; }

    /// <summary>Retries before the job fails.</summary>
    public int BackoffLimit { get; set; }

    /// <summary>The pod template.</summary>
    public PodTemplate Template { get; set => field = value ?? new(); } = new();

    /// <summary>The job conditions; empty when none.</summary>
    public List<WorkloadCondition> Conditions { get; set => field = value ?? []; } = [];

    /// <summary>When the job started, in UTC; unset when the agent omitted it.</summary>
    public Timestamp StartTime { get; set; }

    /// <summary>When the job finished, in UTC; unset while it runs.</summary>
    public Timestamp FinishTime { get; set; }
}
