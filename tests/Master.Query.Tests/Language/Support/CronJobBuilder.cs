using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One CronJob of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.8).</summary>
internal sealed class CronJobBuilder(string ns, string name)
{
    private string _schedule = "0 2 * * *";
    private bool _suspend;
    private TimeSpan? _lastSchedule;

    public CronJobBuilder Schedule(string schedule)
    {
        _schedule = schedule;
        return this;
    }

    public CronJobBuilder Suspended()
    {
        _suspend = true;
        return this;
    }

    /// <summary>It last ran <paramref name="ago"/> before the snapshot, successfully.</summary>
    public CronJobBuilder LastScheduled(TimeSpan ago)
    {
        _lastSchedule = ago;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var cron = Wire.Meta(snapshot.NextUid(), name, ns, "CronJob", snapshot.Now - TimeSpan.FromDays(100),
            new Dictionary<string, string> { ["app"] = name });
        cron["schedule"] = _schedule;
        cron["suspend"] = _suspend;
        cron["concurrencyPolicy"] = "Forbid";
        cron["successfulJobsHistoryLimit"] = 3;
        cron["failedJobsHistoryLimit"] = 1;
        cron["template"] = Wire.Template(name, ["registry.corp/batch/" + name + ":2.0.1"]);
        cron["activeJobs"] = 0;
        if (_lastSchedule is { } ago)
        {
            cron["lastScheduleTime"] = Wire.Time(snapshot.Now - ago);
            cron["lastSuccessfulTime"] = Wire.Time(snapshot.Now - ago + TimeSpan.FromMinutes(3));
        }

        return cron;
    }
}
