using Master.Architecture.Tests.Support;

namespace Master.Architecture.Tests.Conventions;

public sealed class LoggingConventionTests
{
    private static IReadOnlyList<LogEvent> Events => LogEvent.In(MasterAssemblies.All);

    [Test]
    public void Event_ids_are_unique_across_assemblies_and_inside_each_assembly_block()
    {
        EventIdBlocks.Master.Check(Events).Should().BeEmpty();
    }

    [Test]
    public void Every_Log_class_contributes_events_so_the_scan_is_not_blind()
    {
        var logClasses = MasterAssemblies.All
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name == "Log")
            .Select(t => t.FullName)
            .ToList();

        logClasses.Should().NotBeEmpty();
        Events.Select(e => e.Type).Distinct().Should().Contain(logClasses);
    }

    [Test]
    public void Every_assembly_owns_a_block_and_no_two_blocks_overlap()
    {
        var blocks = EventIdBlocks.Master.Blocks;

        blocks.Keys.Should().BeEquivalentTo(MasterAssemblies.Names);
        foreach (var (assembly, block) in blocks)
        {
            blocks.Where(other => other.Key != assembly && other.Value.Overlaps(block)).Select(other => other.Key)
                .Should().BeEmpty("{0} owns {1}", assembly, block);
        }
    }

    [Test]
    public void Docs_logging_md_lists_the_same_blocks()
    {
        LoggingDocument.Blocks().Should().BeEquivalentTo(EventIdBlocks.Master.Blocks);
    }

    [Test]
    public void Docs_logging_md_catalogues_every_event_with_its_level_name_and_template()
    {
        var inCode = Events.Select(e => $"{e.Id} {e.Level} {e.Method}: {e.Message}").ToList();
        var documented = LoggingDocument.Catalogue().Select(e => $"{e.Id} {e.Level} {e.Name}: {e.Message}").ToList();

        inCode.Except(documented).Should().BeEmpty("every event in a Log class is in the catalogue of docs/logging.md");
        documented.Except(inCode).Should().BeEmpty("every row of the catalogue is an event in a Log class");
        documented.Should().OnlyHaveUniqueItems();
    }
}
