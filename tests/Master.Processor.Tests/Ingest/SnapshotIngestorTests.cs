using System.Text;
using Master.DataHub.Agents;
using Master.DataHub.Changes;
using Master.Processor.Ingest;
using Master.Processor.Tests.Support;
using Master.Testing.DataHub;

namespace Master.Processor.Tests.Ingest;

public sealed class SnapshotIngestorTests
{
    private ProcessorHost _host = null!;

    [SetUp]
    public async Task StartAsync() => _host = await ProcessorHost.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task First_snapshot_is_stored_as_version_1_and_registers_the_agent()
    {
        var json = SampleSnapshot.Bytes(SampleSnapshot.Create());
        var report = new AgentReport("2.1.0", new Dictionary<string, string> { ["env"] = "prod" }, null);

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", json, report));

        var stored = outcome.Should().BeOfType<IngestOutcome.Stored>().Subject;
        stored.Warnings.Should().BeEmpty();
        stored.Snapshot.ClusterId.Should().Be("c1");
        stored.Snapshot.Version.Should().Be(1);
        stored.Snapshot.ContentHash.Should().Be(SnapshotIngestor.Hash(json)).And.MatchRegex("^[0-9a-f]{32}$");
        var held = await _host.Hub.GetSnapshotAsync("c1");
        held!.Snapshot.ClusterId.Should().Be("c1");
        held.Snapshot.Pods.Should().ContainSingle().Which.Derived!.Deployment.Should().Be("api");
        held.Snapshot.Nodes[0].Allocatable.Memory.Value.Should().Be(32208760d * 1024);
        var agent = await _host.Hub.GetAgentAsync("c1");
        agent!.Online.Should().BeTrue();
        agent.LastSnapshotAt.Should().Be(_host.Time.GetUtcNow());
        agent.Report.Should().Be(report);
        _host.Ingested.GetMeasurementSnapshot().Should().ContainSingle()
            .Which.Tags.Should().Contain("outcome", "stored");
        _host.Bytes.GetMeasurementSnapshot().Should().ContainSingle().Which.Value.Should().Be(json.Length);
    }

    [Test]
    public void Content_hash_is_xxhash128_as_lower_case_hex()
    {
        // XXH128 of the empty input, as published by the xxHash reference implementation.
        SnapshotIngestor.Hash([]).Should().Be("99aa06d3014798d86001c324468d497f");
        SnapshotIngestor.Hash("abc"u8).Should().NotBe(SnapshotIngestor.Hash("abd"u8));
    }

    [Test]
    public async Task Identical_push_is_unchanged_and_records_the_contact_without_storing()
    {
        var json = SampleSnapshot.Bytes(SampleSnapshot.Create());
        await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", json, AgentReport.None));
        _host.Time.Advance(TimeSpan.FromSeconds(10));
        await using var changes = new ChangeRecorder(_host.Hub);

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", json, new AgentReport("2.1.1", null, null)));

        outcome.Should().Be(new IngestOutcome.Unchanged("c1"));
        (await _host.Hub.GetSnapshotAsync("c1"))!.Version.Should().Be(1);
        var agent = await _host.Hub.GetAgentAsync("c1");
        agent!.LastSnapshotAt.Should().Be(_host.Time.GetUtcNow());
        agent.Report.AgentVersion.Should().Be("2.1.1");
        await _host.Ingestor.IngestAsync(new SnapshotSubmission("marker", json, AgentReport.None));
        var next = await changes.NextOfTypeAsync<SnapshotUpdated>();
        next.ClusterId.Should().Be("marker", "the unchanged push must not publish a snapshot change");
        _host.Ingested.GetMeasurementSnapshot().Select(m => m.Tags["outcome"])
            .Should().Equal("stored", "unchanged", "stored");
        _host.Bytes.GetMeasurementSnapshot().Should().HaveCount(3).And.OnlyContain(m => m.Value == json.Length);
    }

    [Test]
    public async Task Unchanged_push_with_a_header_is_not_decoded()
    {
        // The hub holds a snapshot whose hash is that of bytes that are not JSON: decoding them would reject them.
        var notJson = Encoding.UTF8.GetBytes("not json at all");
        await _host.Hub.SetSnapshotAsync("c1", SampleSnapshot.Decode(), SnapshotIngestor.Hash(notJson));

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", notJson, AgentReport.None));

        outcome.Should().Be(new IngestOutcome.Unchanged("c1"));
        (await _host.Hub.GetSnapshotAsync("c1"))!.Version.Should().Be(1);
    }

    [Test]
    public async Task Changed_push_is_stored_as_the_next_version()
    {
        var json = SampleSnapshot.Create();
        await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", SampleSnapshot.Bytes(json), AgentReport.None));
        json["pods"]![0]!["status"]!["phase"] = "Failed";

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", SampleSnapshot.Bytes(json), AgentReport.None));

        var stored = outcome.Should().BeOfType<IngestOutcome.Stored>().Subject;
        stored.Snapshot.Version.Should().Be(2);
        stored.Snapshot.Snapshot.Summary.FailedPods.Should().Be(1);
        (await _host.Hub.GetSnapshotHashAsync("c1")).Should().Be(stored.Snapshot.ContentHash);
    }

    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("")]
    [TestCase("""{"pods":"x"}""")]
    [TestCase("""{"pods":[]} trailing""")]
    [TestCase("""{"clusterId":"c1","pods":[{"status":{"restarts":"2"}}]}""")]
    public async Task C29_body_that_is_not_a_snapshot_object_is_rejected_as_invalid_json(string body)
    {
        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", Encoding.UTF8.GetBytes(body), AgentReport.None));

        var rejected = outcome.Should().BeOfType<IngestOutcome.Rejected>().Subject;
        rejected.Code.Should().Be("invalid_json");
        rejected.Message.Should().NotBeNullOrWhiteSpace();
        (await _host.Hub.GetSnapshotAsync("c1")).Should().BeNull();
        (await _host.Hub.GetAgentAsync("c1")).Should().BeNull();
        _host.Ingested.GetMeasurementSnapshot().Should().ContainSingle().Which.Tags.Should().Contain("outcome", "rejected");
        _host.Bytes.GetMeasurementSnapshot().Should().BeEmpty();
    }

    [Test]
    public async Task C26_body_cluster_id_is_used_when_there_is_no_header()
    {
        var json = SampleSnapshot.Create();
        json["clusterId"] = "  c2  ";

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission(null, SampleSnapshot.Bytes(json), AgentReport.None));

        outcome.Should().BeOfType<IngestOutcome.Stored>().Which.Snapshot.ClusterId.Should().Be("c2");
        (await _host.Hub.GetSnapshotAsync("c2"))!.Snapshot.ClusterId.Should().Be("c2");
        (await _host.Hub.GetAgentAsync("c2"))!.Online.Should().BeTrue();
    }

    [Test]
    public async Task C27_header_cluster_id_wins_over_the_body()
    {
        var json = SampleSnapshot.Create();
        json["clusterId"] = "c4";

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c3", SampleSnapshot.Bytes(json), AgentReport.None));

        outcome.Should().BeOfType<IngestOutcome.Stored>().Which.Snapshot.ClusterId.Should().Be("c3");
        (await _host.Hub.GetSnapshotAsync("c3"))!.Snapshot.ClusterId.Should().Be("c3");
        (await _host.Hub.GetSnapshotAsync("c4")).Should().BeNull();
        (await _host.Hub.GetAgentAsync("c4")).Should().BeNull();
    }

    [TestCase(null, "cluster_id_required")]
    [TestCase("   ", "cluster_id_required")]
    [TestCase("bad\u0007id", "invalid_cluster_id")]
    public async Task C28_body_without_a_usable_cluster_id_and_no_header_is_rejected(string? bodyId, string code)
    {
        var json = SampleSnapshot.Create();
        json["clusterId"] = bodyId;

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission(null, SampleSnapshot.Bytes(json), AgentReport.None));

        outcome.Should().BeOfType<IngestOutcome.Rejected>().Which.Code.Should().Be(code);
        (await _host.Hub.ListAgentsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Body_cluster_id_longer_than_256_characters_is_rejected()
    {
        var json = SampleSnapshot.Create();
        json["clusterId"] = new string('c', 257);

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission(null, SampleSnapshot.Bytes(json), AgentReport.None));

        outcome.Should().BeOfType<IngestOutcome.Rejected>().Which.Code.Should().Be("invalid_cluster_id");
    }

    [Test]
    public async Task Identical_push_without_a_header_is_unchanged_too()
    {
        var json = SampleSnapshot.Create();
        json["clusterId"] = "c2";
        var bytes = SampleSnapshot.Bytes(json);
        await _host.Ingestor.IngestAsync(new SnapshotSubmission(null, bytes, AgentReport.None));

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission(null, bytes, AgentReport.None));

        outcome.Should().Be(new IngestOutcome.Unchanged("c2"));
        (await _host.Hub.GetSnapshotAsync("c2"))!.Version.Should().Be(1);
    }

    [Test]
    public async Task Stored_outcome_carries_the_warnings_and_the_snapshot_is_still_accepted()
    {
        var json = SampleSnapshot.Create();
        json["nodes"]![0]!["allocatable"]!["memory"] = "1K";

        var outcome = await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", SampleSnapshot.Bytes(json), AgentReport.None));

        outcome.Should().BeOfType<IngestOutcome.Stored>().Which.Warnings
            .Should().Equal(new ProcessorWarning("c1", "nodes[0].allocatable.memory", "1K", "malformed_quantity"));
        (await _host.Hub.GetSnapshotAsync("c1"))!.Snapshot.Nodes[0].Allocatable.Memory.Raw.Should().Be("1K");
    }
}
