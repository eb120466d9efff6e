using Master.DataHub.Snapshots;
using Master.Processor.Quantities;

namespace Master.Processor.Processing;

internal sealed partial class SnapshotNormaliser
{
    /// <summary>Reads <c>deployments[index]</c>.</summary>
    public void Deployment(Deployment deployment, int index)
    {
        Enter("deployments", index);
        Enter("summary");
        Check(deployment.Summary.CreatedAt, "createdAt");
        Leave();
        Template(deployment.Template);
        Enter("status");
        for (var i = 0; i < deployment.Status.Conditions.Count; i++)
        {
            var condition = deployment.Status.Conditions[i];
            Enter("conditions", i);
            Check(condition.LastUpdateTime, "lastUpdateTime");
            Check(condition.LastTransitionTime, "lastTransitionTime");
            Leave();
        }

        Leave();
        for (var i = 0; i < deployment.ReplicaSets.Count; i++)
        {
            Enter("replicaSets", i);
            Check(deployment.ReplicaSets[i].CreatedAt, "createdAt");
            Leave();
        }

        Leave();
    }

    /// <summary>Reads <c>statefulSets[index]</c>.</summary>
    public void StatefulSet(StatefulSet statefulSet, int index)
    {
        Enter("statefulSets", index);
        Enter("summary");
        Check(statefulSet.Summary.CreatedAt, "createdAt");
        Leave();
        Enter("spec");
        var claims = statefulSet.Spec.VolumeClaimTemplates;
        for (var i = 0; i < claims.Count; i++)
        {
            Enter("volumeClaimTemplates", i);
            claims[i].Storage = Read(claims[i].Storage, QuantityClass.Bytes, "storage");
            Leave();
        }

        Leave();
        Template(statefulSet.Template);
        Enter("status");
        Conditions(statefulSet.Status.Conditions);
        Leave();
        Leave();
    }

    /// <summary>Reads <c>daemonSets[index]</c>.</summary>
    public void DaemonSet(DaemonSet daemonSet, int index)
    {
        Enter("daemonSets", index);
        Enter("summary");
        Check(daemonSet.Summary.CreatedAt, "createdAt");
        Leave();
        Template(daemonSet.Template);
        Enter("status");
        Conditions(daemonSet.Status.Conditions);
        Leave();
        Leave();
    }

    /// <summary>Reads <c>replicaSets[index]</c>.</summary>
    public void ReplicaSet(ReplicaSet replicaSet, int index)
    {
        Enter("replicaSets", index);
        Check(replicaSet.CreatedAt, "createdAt");
        Leave();
    }

    /// <summary>Reads <c>jobs[index]</c>.</summary>
    public void Job(Job job, int index)
    {
        Enter("jobs", index);
        Check(job.CreatedAt, "createdAt");
        Template(job.Template);
        Conditions(job.Conditions);
        Check(job.StartTime, "startTime");
        Check(job.FinishTime, "finishTime");
        Leave();
    }

    /// <summary>Reads <c>cronJobs[index]</c>.</summary>
    public void CronJob(CronJob cronJob, int index)
    {
        Enter("cronJobs", index);
        Check(cronJob.CreatedAt, "createdAt");
        Template(cronJob.Template);
        Check(cronJob.LastScheduleTime, "lastScheduleTime");
        Check(cronJob.LastSuccessfulTime, "lastSuccessfulTime");
        Leave();
    }

    private void Template(PodTemplate template)
    {
        Enter("template");
        for (var i = 0; i < template.Containers.Count; i++)
        {
            var container = template.Containers[i];
            Enter("containers", i);
            ReadMap(container.Requests, "requests");
            ReadMap(container.Limits, "limits");
            Leave();
        }

        Leave();
    }

    private void Conditions(List<WorkloadCondition> conditions)
    {
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            Enter("conditions", i);
            Check(condition.LastUpdateTime, "lastUpdateTime");
            Check(condition.LastTransitionTime, "lastTransitionTime");
            Leave();
        }
    }
}
