using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>jobs</c> kind.</summary>
internal static class JobKind
{
    public static KindSchema Build() => new KindSchemaBuilder<Job>("jobs", namespaced: true, snapshot => snapshot.Jobs, "job")
        .Common(
            name: job => job.Name,
            ns: job => job.Namespace,
            created: job => job.CreatedAt,
            labels: job => job.Labels,
            uid: job => job.Uid,
            ownerKind: job => job.OwnerKind,
            ownerName: job => job.OwnerName)
        .Enum("status", Status, "Running", "Complete", "Failed")
        .Int("completions", job => job.Completions)
        .Int("parallelism", job => job.Parallelism)
        .Int("active", job => job.Active)
        .Int("succeeded", job => job.Succeeded)
        .Int("failed", job => job.Failed)
        .Int("backoff_limit", job => job.BackoffLimit)
        .Time("start_time", job => job.StartTime)
        .Time("finish_time", job => job.FinishTime)
        .Number("duration", FieldType.Duration, Duration)
        .Defaults("namespace", "name", "status", "succeeded", "completions", "duration", "age")
        .Build();

    /// <summary>Complete, Failed or Running, as the Job controller decides it.</summary>
    private static string Status(Job job) =>
        job.Complete ? "Complete" : job.Failed > job.BackoffLimit || IsTrue(job, "Failed") ? "Failed" : "Running";

    private static bool IsTrue(Job job, string condition) =>
        job.Conditions.Exists(candidate => candidate.Type == condition && candidate.Status == "True");

    /// <summary>From start to finish, or to now while the job runs; null before it starts.</summary>
    private static double? Duration(Job job, RowScope scope)
    {
        if (KindSchemaBuilder<Job>.Seconds(job.StartTime) is not { } start)
        {
            return null;
        }

        if (KindSchemaBuilder<Job>.Seconds(Finish(job)) is { } finish)
        {
            return Math.Max(0, finish - start);
        }

        // A finished job whose finish time the agent did not send has no known duration; only a running one ends now.
        return Status(job) == "Running" ? Math.Max(0, scope.Now - start) : null;
    }

    /// <summary>
    /// The finish time; Kubernetes sets completionTime only on success, so a failed job finishes when its Failed
    /// condition turned True.
    /// </summary>
    private static Timestamp Finish(Job job) => job.FinishTime.HasValue
        ? job.FinishTime
        : job.Conditions.Find(condition => condition.Type is "Complete" or "Failed" && condition.Status == "True")?.LastTransitionTime
            ?? Timestamp.Unset;
}
