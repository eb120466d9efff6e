using System.Text.Json.Nodes;

namespace Master.Query.Tests.Language.Support;

/// <summary>One Job of a <see cref="SnapshotJsonBuilder"/> (agent-protocol.md §4.3.7).</summary>
internal sealed class JobBuilder(string ns, string name)
{
    private int _succeeded = 1;
    private int _failed;
    private int _active;
    private TimeSpan _age = TimeSpan.FromHours(1);
    private string? _cronJob;

    /// <summary>Pods that succeeded, failed and are still running.</summary>
    public JobBuilder Pods(int succeeded, int failed, int active = 0)
    {
        (_succeeded, _failed, _active) = (succeeded, failed, active);
        return this;
    }

    public JobBuilder Created(TimeSpan age)
    {
        _age = age;
        return this;
    }

    public JobBuilder OwnedBy(string cronJob)
    {
        _cronJob = cronJob;
        return this;
    }

    public JsonObject Build(SnapshotJsonBuilder snapshot)
    {
        var created = snapshot.Now - _age;
        var complete = _succeeded > 0 && _active == 0;
        var failedOut = !complete && _active == 0;
        var job = Wire.Meta(snapshot.NextUid(), name, ns, "Job", created,
            new Dictionary<string, string> { ["job-name"] = name }, _cronJob is null ? null : "CronJob", _cronJob);
        job["active"] = _active;
        job["succeeded"] = _succeeded;
        job["failed"] = _failed;
        job["complete"] = complete;
        job["completions"] = 1;
        job["parallelism"] = 1;
        job["backoffLimit"] = 6;
        job["template"] = Wire.Template(name, ["registry.corp/batch/" + name.Split('-')[0] + ":1.4.0"]);
        var conditions = new JsonArray();
        if (complete || failedOut)
        {
            conditions.Add(new JsonObject
            {
                ["type"] = complete ? "Complete" : "Failed",
                ["status"] = "True",
            }.Opt("reason", complete ? null : "BackoffLimitExceeded").Opt("lastTransitionTime", Wire.Time(created.AddMinutes(4))));
        }

        job["conditions"] = conditions;
        job["startTime"] = Wire.Time(created.AddSeconds(1));
        if (complete || failedOut)
        {
            job["finishTime"] = Wire.Time(created.AddMinutes(4));
        }

        return job;
    }
}
