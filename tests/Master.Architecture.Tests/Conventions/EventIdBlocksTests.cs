using Microsoft.Extensions.Logging;

namespace Master.Architecture.Tests.Conventions;

/// <summary>The event-id checker on made-up events, so a clean result on the real ones means something.</summary>
public sealed class EventIdBlocksTests
{
    private static LogEvent Event(string assembly, string method, int id) =>
        new(assembly, assembly + ".Log", method, id, LogLevel.Information, "m");

    [Test]
    public void Events_inside_their_blocks_with_distinct_ids_pass()
    {
        var events = new[] { Event("Master.AgentSdk", "A", 1000), Event("Master.DataHub.Memory", "B", 3199) };

        EventIdBlocks.Master.Check(events).Should().BeEmpty();
    }

    [Test]
    public void An_id_used_twice_is_reported_with_both_places()
    {
        var events = new[] { Event("Master.Processor", "A", 2001), Event("Master.Processor", "B", 2001) };

        EventIdBlocks.Master.Check(events).Should().Equal(
            "event id 2001 is used 2 times: Master.Processor: Master.Processor.Log.A, Master.Processor: Master.Processor.Log.B");
    }

    [Test]
    public void An_id_in_another_assembly_block_is_reported()
    {
        var events = new[] { Event("Master.DataHub.Memory", "A", 3200) };

        EventIdBlocks.Master.Check(events).Should().Equal(
            "Master.DataHub.Memory: Master.DataHub.Memory.Log.A has id 3200, outside the block 3100–3199 of Master.DataHub.Memory");
    }

    [Test]
    public void An_unset_id_is_reported()
    {
        var events = new[] { Event("Master.Gateway", "A", -1) };

        EventIdBlocks.Master.Check(events).Should().ContainSingle().Which.Should().Contain("has id -1, outside the block 6000–6999");
    }

    [Test]
    public void An_assembly_without_a_block_is_reported()
    {
        var events = new[] { Event("Master.Alerting", "A", 9000) };

        EventIdBlocks.Master.Check(events).Should().ContainSingle().Which.Should().EndWith("but Master.Alerting owns no block of event ids");
    }
}
