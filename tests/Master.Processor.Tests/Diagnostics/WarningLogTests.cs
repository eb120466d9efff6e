using Master.DataHub.Agents;
using Master.Processor.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Master.Processor.Tests.Diagnostics;

public sealed class WarningLogTests
{
    private ProcessorHost _host = null!;

    [SetUp]
    public async Task StartAsync() => _host = await ProcessorHost.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public void Warning_is_logged_once_per_cluster_path_and_reason_per_hour_and_every_one_is_counted()
    {
        Process("c1", "1K");
        _host.Time.Advance(TimeSpan.FromMinutes(59));
        Process("c1", "1K");
        Process("c1", "2K");

        var lines = WarningLines();

        lines.Should().ContainSingle();
        lines[0].Level.Should().Be(LogLevel.Warning);
        lines[0].Id.Id.Should().Be(2000);
        lines[0].Message.Should().Contain("c1").And.Contain("nodes[0].allocatable.memory").And.Contain("malformed_quantity");
        _host.Warnings.GetMeasurementSnapshot().Should().HaveCount(3)
            .And.OnlyContain(m => m.Value == 1 && (string?)m.Tags["reason"] == "malformed_quantity");
    }

    [Test]
    public void After_an_hour_the_next_line_says_how_many_were_held_back()
    {
        Process("c1", "1K");
        Process("c1", "1K");
        Process("c1", "1K");
        _host.Time.Advance(TimeSpan.FromHours(1));

        Process("c1", "1K");

        var lines = WarningLines();
        lines.Should().HaveCount(2);
        lines[1].StructuredState.Should().Contain(new KeyValuePair<string, string?>("Suppressed", "2"));
        lines[0].StructuredState.Should().Contain(new KeyValuePair<string, string?>("Suppressed", "0"));
    }

    [Test]
    public void Other_cluster_other_path_or_other_reason_is_logged_on_its_own()
    {
        Process("c1", "1K");
        Process("c2", "1K");
        Process("c1", "8Ei");
        var json = SampleSnapshot.Create();
        json["nodes"]![0]!["capacity"]!["memory"] = "1K";
        _host.Processor.Process(SampleSnapshot.Decode(json), "c1");

        var lines = WarningLines();

        lines.Should().HaveCount(4);
        lines.Select(l => l.StructuredState!.Single(s => s.Key == "Path").Value)
            .Should().Equal("nodes[0].allocatable.memory", "nodes[0].allocatable.memory", "nodes[0].allocatable.memory", "nodes[0].capacity.memory");
    }

    [Test]
    public async Task Unreadable_values_pushed_through_the_ingestor_are_counted_by_reason()
    {
        var json = SampleSnapshot.Create();
        json["nodes"]![0]!["allocatable"]!["memory"] = "8Ei";
        json["fetchedAt"] = "yesterday";

        await _host.Ingestor.IngestAsync(new SnapshotSubmission("c1", SampleSnapshot.Bytes(json), AgentReport.None));

        _host.Warnings.GetMeasurementSnapshot().Select(m => (string?)m.Tags["reason"])
            .Should().BeEquivalentTo("malformed_time", "quantity_out_of_range");
        WarningLines().Should().HaveCount(2);
    }

    private void Process(string clusterId, string memory)
    {
        var json = SampleSnapshot.Create();
        json["nodes"]![0]!["allocatable"]!["memory"] = memory;
        _host.Processor.Process(SampleSnapshot.Decode(json), clusterId);
    }

    private List<Microsoft.Extensions.Logging.Testing.FakeLogRecord> WarningLines() =>
        [.. _host.Logs.GetSnapshot().Where(r => r.Id.Id == 2000)];
}
