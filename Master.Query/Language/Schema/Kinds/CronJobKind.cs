using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>cronjobs</c> kind.</summary>
internal static class CronJobKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<CronJob>("cronjobs", namespaced: true, snapshot => snapshot.CronJobs, "cronjob", "cj")
        .Common(
            name: cronJob => cronJob.Name,
            ns: cronJob => cronJob.Namespace,
            created: cronJob => cronJob.CreatedAt,
            labels: cronJob => cronJob.Labels,
            uid: cronJob => cronJob.Uid,
            ownerKind: cronJob => cronJob.OwnerKind,
            ownerName: cronJob => cronJob.OwnerName)
        .Text("schedule", cronJob => cronJob.Schedule)
        .Bool("suspend", cronJob => cronJob.Suspend)
        .Int("active", cronJob => cronJob.ActiveJobs)
        .Time("last_schedule_time", cronJob => cronJob.LastScheduleTime)
        .AgeOf("last_schedule_age", cronJob => cronJob.LastScheduleTime)
        .Time("last_successful_time", cronJob => cronJob.LastSuccessfulTime)
        .Enum("concurrency_policy", cronJob => cronJob.ConcurrencyPolicy, "Allow", "Forbid", "Replace")
        .Defaults("namespace", "name", "schedule", "suspend", "active", "last_schedule_age", "age")
        .Build();
}
