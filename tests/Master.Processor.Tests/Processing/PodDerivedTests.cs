using Master.DataHub.Snapshots;
using Master.Processor.Tests.Support;

namespace Master.Processor.Tests.Processing;

public sealed class PodDerivedTests
{
    [Test]
    public void Status_is_the_phase_when_no_container_waits_or_terminated_with_a_reason()
    {
        var pod = Pod("Running", Container("running", ""), Container("running", ""));

        var derived = Derive(pod);

        derived.Status.Should().Be("Running");
    }

    [TestCase("waiting", "CrashLoopBackOff", "CrashLoopBackOff")]
    [TestCase("waiting", "ImagePullBackOff", "ImagePullBackOff")]
    [TestCase("terminated", "Completed", "Completed")]
    [TestCase("terminated", "OOMKilled", "OOMKilled")]
    [TestCase("waiting", "", "ErrImagePull")]
    [TestCase("running", "Started", "ErrImagePull")]
    public void Status_is_the_reason_of_the_first_waiting_or_terminated_container_that_has_one(
        string state, string reason, string expected)
    {
        var pod = Pod("Running", Container("running", ""), Container(state, reason), Container("waiting", "ErrImagePull"));

        var derived = Derive(pod);

        derived.Status.Should().Be(expected);
    }

    [Test]
    public void Init_containers_do_not_decide_the_status()
    {
        var pod = Pod("Pending", Container("running", ""));
        pod.InitContainers.Add(Container("waiting", "CrashLoopBackOff"));

        var derived = Derive(pod);

        derived.Status.Should().Be("Pending");
        derived.TotalContainers.Should().Be(1);
    }

    [Test]
    public void Readiness_and_restarts_count_the_app_containers_only()
    {
        var pod = Pod("Running", Container("running", "", ready: true, restarts: 2), Container("running", "", ready: false, restarts: 3));
        pod.InitContainers.Add(Container("terminated", "Completed", ready: false, restarts: 7));

        var derived = Derive(pod);

        derived.ReadyContainers.Should().Be(1);
        derived.TotalContainers.Should().Be(2);
        derived.Ready.Should().BeFalse();
        derived.Restarts.Should().Be(5);
    }

    [Test]
    public void Pod_is_ready_when_every_container_is_and_there_is_at_least_one()
    {
        Derive(Pod("Running", Container("running", "", ready: true), Container("running", "", ready: true))).Ready.Should().BeTrue();
        Derive(Pod("Running")).Ready.Should().BeFalse();
    }

    [Test]
    public void Requests_and_limits_are_summed_over_containers_and_null_when_none_sets_them()
    {
        var first = Container("running", "");
        first.Requests["cpu"] = Quantity.FromRaw("250m");
        first.Requests["memory"] = Quantity.FromRaw("256Mi");
        var second = Container("running", "");
        second.Requests["cpu"] = Quantity.FromRaw("1.5");
        second.Limits["memory"] = Quantity.FromRaw("1Gi");
        var pod = Pod("Running", first, second);

        var derived = Derive(pod);

        derived.CpuRequest.Should().Be(1750);
        derived.MemoryRequest.Should().Be(268435456);
        derived.MemoryLimit.Should().Be(1073741824);
        derived.CpuLimit.Should().BeNull();
    }

    [Test]
    public void Images_are_distinct_in_container_order_and_the_first_termination_reason_is_kept()
    {
        var first = Container("running", "");
        first.Image = "api:1";
        var second = Container("running", "");
        second.Image = "proxy:2";
        second.LastTerminationReason = "OOMKilled";
        var third = Container("running", "");
        third.Image = "api:1";
        third.LastTerminationReason = "Error";

        var derived = Derive(Pod("Running", first, second, third));

        derived.Images.Should().Equal("api:1", "proxy:2");
        derived.LastTerminationReason.Should().Be("OOMKilled");
    }

    [Test]
    public void Deployment_is_found_through_the_owning_replica_set_in_the_same_namespace()
    {
        var snapshot = new ClusterSnapshot();
        snapshot.ReplicaSets.Add(new ReplicaSet { Namespace = "shop", Name = "api-5c8d", OwnerKind = "Deployment", OwnerName = "api" });
        snapshot.ReplicaSets.Add(new ReplicaSet { Namespace = "other", Name = "web-1", OwnerKind = "Deployment", OwnerName = "web" });
        snapshot.ReplicaSets.Add(new ReplicaSet { Namespace = "shop", Name = "orphan-1" });
        snapshot.Pods.Add(Owned("shop", "ReplicaSet", "api-5c8d"));
        snapshot.Pods.Add(Owned("shop", "ReplicaSet", "web-1"));
        snapshot.Pods.Add(Owned("shop", "ReplicaSet", "orphan-1"));
        snapshot.Pods.Add(Owned("shop", "StatefulSet", "api-5c8d"));
        snapshot.Pods.Add(Owned("shop", "", ""));

        Processors.Process(snapshot);

        snapshot.Pods.Select(p => p.Derived!.Deployment).Should().Equal("api", null, null, null, null);
    }

    private static PodDerived Derive(Pod pod)
    {
        var snapshot = new ClusterSnapshot();
        snapshot.Pods.Add(pod);
        Processors.Process(snapshot);
        return pod.Derived!;
    }

    private static Pod Owned(string ns, string ownerKind, string ownerName) =>
        new() { Summary = new PodSummary { Namespace = ns, Name = "p", OwnerKind = ownerKind, OwnerName = ownerName } };

    private static Pod Pod(string phase, params PodContainer[] containers) =>
        new() { Status = new PodStatus { Phase = phase }, Containers = [.. containers] };

    private static PodContainer Container(string state, string reason, bool ready = true, int restarts = 0) =>
        new() { Name = "c", Image = "img", State = state, StateReason = reason, Ready = ready, RestartCount = restarts };
}
