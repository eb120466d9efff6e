using System.Data.Common;
using Master.Database.Registry;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Created_cluster_reads_back_with_its_labels_and_creation_time()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var labels = new Dictionary<string, string> { ["region"] = "eu-west", ["tier"] = Injection };

        var outcome = await clusters.CreateAsync(new ClusterRecord("prod-eu", "Production EU", "main fleet", "production", labels));

        outcome.Should().Be(WriteOutcome.Written);
        var stored = await clusters.GetAsync("prod-eu");
        stored.Should().NotBeNull();
        stored!.Should().BeEquivalentTo(new ClusterRecord("prod-eu", "Production EU", "main fleet", "production", labels, Start, Start));
        (await clusters.GetAsync("nope")).Should().BeNull();
    }

    [Test]
    public async Task Creating_a_cluster_with_a_taken_id_or_name_is_a_conflict()
    {
        await using var database = await MigratedAsync();
        var clusters = new SqlClusterRepository(database.Engines[0], new SteppingClock(Start));
        await clusters.CreateAsync(Cluster("c1", "alpha"));

        var sameName = await clusters.CreateAsync(Cluster("c2", "alpha"));
        var sameId = await clusters.CreateAsync(Cluster("c1", "beta"));

        sameName.Should().Be(WriteOutcome.Conflict);
        sameId.Should().Be(WriteOutcome.Conflict);
        (await clusters.ListAsync()).Select(c => c.Id).Should().Equal("c1");
    }

    [Test]
    public async Task Updating_a_cluster_keeps_its_creation_time_and_refuses_another_clusters_name()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await clusters.CreateAsync(Cluster("c2", "beta"));

        var renamed = await clusters.UpdateAsync(Cluster("c1", "gamma") with { Description = "renamed" });
        var clash = await clusters.UpdateAsync(Cluster("c2", "gamma"));
        var missing = await clusters.UpdateAsync(Cluster("c9", "delta"));

        renamed.Should().Be(WriteOutcome.Written);
        clash.Should().Be(WriteOutcome.Conflict);
        missing.Should().Be(WriteOutcome.NotFound);
        var c1 = (await clusters.GetAsync("c1"))!;
        c1.Name.Should().Be("gamma");
        c1.Description.Should().Be("renamed");
        c1.CreatedAt.Should().Be(Start);
        c1.UpdatedAt.Should().BeAfter(Start);
        (await clusters.ListAsync()).Select(c => c.Name).Should().Equal("beta", "gamma");
    }

    [Test]
    public async Task Deleting_a_cluster_removes_its_agents()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertAsync(Agent("a1", "c1"));

        var deleted = await clusters.DeleteAsync("c1");

        deleted.Should().BeTrue();
        (await agents.GetAsync("a1")).Should().BeNull();
        (await clusters.DeleteAsync("c1")).Should().BeFalse();
    }

    [Test]
    public async Task Agent_upsert_replaces_the_record_but_keeps_its_first_creation_time()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertAsync(Agent("a1", "c1"));
        var created = (await agents.GetAsync("a1"))!.CreatedAt;
        var heartbeat = Start.AddMinutes(5);

        await agents.UpsertAsync(Agent("a1", "c1") with
        {
            Healthy = false,
            LastHeartbeatAt = heartbeat,
            AgentVersion = "2.1.0",
            ConfigHash = "sha256:abc",
            PodsCount = 42,
            Labels = new Dictionary<string, string> { ["group"] = "edge" },
        });

        var stored = (await agents.GetAsync("a1"))!;
        stored.Healthy.Should().BeFalse();
        stored.LastHeartbeatAt.Should().Be(heartbeat);
        stored.AgentVersion.Should().Be("2.1.0");
        stored.ConfigHash.Should().Be("sha256:abc");
        stored.PodsCount.Should().Be(42);
        stored.Labels.Should().Equal(new Dictionary<string, string> { ["group"] = "edge" });
        created.Should().BeAfter(Start, "the cluster was created first");
        stored.CreatedAt.Should().Be(created);
        stored.UpdatedAt.Should().BeAfter(created);
        (await agents.ListAsync()).Should().ContainSingle();
    }

    [Test]
    public async Task Agent_of_an_unregistered_cluster_is_refused()
    {
        await using var database = await MigratedAsync();
        var agents = new SqlAgentRepository(database.Engines[0], new SteppingClock(Start));

        var upsert = () => agents.UpsertAsync(Agent("a1", "no-such-cluster"));

        await upsert.Should().ThrowAsync<DbException>();
    }

    [Test]
    public async Task Agents_silent_since_the_cutoff_are_deleted_and_the_others_kept()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var clusters = new SqlClusterRepository(database.Engines[0], clock);
        var agents = new SqlAgentRepository(database.Engines[0], clock);
        await clusters.CreateAsync(Cluster("c1", "alpha"));
        await agents.UpsertAsync(Agent("old", "c1") with { LastHeartbeatAt = Start.AddDays(-40) });
        await agents.UpsertAsync(Agent("recent", "c1") with { LastHeartbeatAt = Start.AddDays(-1) });
        await agents.UpsertAsync(Agent("never", "c1"));

        var deleted = await agents.DeleteSilentSinceAsync(Start.AddDays(-30));
        var deletedLater = await agents.DeleteSilentSinceAsync(Start.AddDays(1));

        deleted.Should().Be(1);
        deletedLater.Should().Be(2);
        (await agents.ListAsync()).Should().BeEmpty();
    }

    private static ClusterRecord Cluster(string id, string name) => new(id, name, null, string.Empty, new Dictionary<string, string>());

    private static AgentRecord Agent(string id, string clusterId) =>
        new(id, clusterId, id, new Dictionary<string, string>(), true, null, null, null, 0);
}
