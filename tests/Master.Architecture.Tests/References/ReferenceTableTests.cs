namespace Master.Architecture.Tests.References;

/// <summary>The checker itself: a table that is wrong on purpose must fail, or the architecture tests prove nothing.</summary>
public sealed class ReferenceTableTests
{
    private static readonly ReferenceTable AgentSdkWithoutProcessor = new(new Dictionary<string, IReadOnlyCollection<string>>
    {
        ["Master.DataHub"] = [],
        ["Master.DataHub.Memory"] = ["Master.DataHub"],
        ["Master.DataHub.Redis"] = ["Master.DataHub"],
        ["Master.Processor"] = ["Master.DataHub"],
        ["Master.AgentSdk"] = ["Master.DataHub"],
        ["Master.Query"] = ["Master.DataHub"],
        ["Master.Database"] = [],
        ["Master.Fleet"] = ["Master.DataHub", "Master.Database", "Master.Query"],
        ["Master.Security"] = ["Master.Database"],
        ["Master.Gateway"] = ["Master.Query", "Master.Database", "Master.Fleet", "Master.Security", "Master.DataHub"],
        ["Master.Host"] = ["Master.DataHub", "Master.DataHub.Memory", "Master.DataHub.Redis", "Master.Processor", "Master.AgentSdk",
            "Master.Query", "Master.Database", "Master.Fleet", "Master.Security", "Master.Gateway"],
    });

    [Test]
    public void A_wrong_table_fails_on_the_real_compiled_references()
    {
        var violations = AgentSdkWithoutProcessor.Check(ReferenceGraph.FromCompiledAssemblies());

        violations.Should().Contain("Master.AgentSdk references Master.Processor; it may reference Master.DataHub");
    }

    [Test]
    public void A_wrong_table_fails_on_the_real_project_references()
    {
        var violations = AgentSdkWithoutProcessor.Check(ReferenceGraph.FromProjects());

        violations.Should().Contain("Master.AgentSdk references Master.Processor; it may reference Master.DataHub");
    }

    [Test]
    public void An_upward_reference_breaks_the_real_table()
    {
        var references = new Dictionary<string, IReadOnlyCollection<string>> { ["Master.DataHub"] = ["Master.Query"] };

        var violations = ReferenceTable.Architecture.Check(references);

        violations.Should().Equal("Master.DataHub references Master.Query; it may reference nothing of ours");
    }

    [Test]
    public void Gateway_may_not_reference_a_DataHub_implementation()
    {
        var references = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["Master.Gateway"] = ["Master.DataHub", "Master.DataHub.Memory"],
        };

        var violations = ReferenceTable.Architecture.Check(references);

        violations.Should().ContainSingle().Which.Should().StartWith("Master.Gateway references Master.DataHub.Memory;");
    }

    [Test]
    public void An_assembly_without_a_row_is_reported()
    {
        var references = new Dictionary<string, IReadOnlyCollection<string>> { ["Master.Alerting"] = ["Master.DataHub"] };

        var violations = ReferenceTable.Architecture.Check(references);

        violations.Should().ContainSingle().Which.Should().StartWith("Master.Alerting is not in the reference table");
    }

    [Test]
    public void References_outside_Master_and_to_itself_are_not_checked()
    {
        var references = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["Master.DataHub"] = ["System.Runtime", "Microsoft.Extensions.Options", "Master.DataHub"],
        };

        ReferenceTable.Architecture.Check(references).Should().BeEmpty();
    }

    [Test]
    public void Host_may_reference_every_other_row()
    {
        var others = ReferenceTable.Architecture.Assemblies.Where(a => a != "Master.Host");

        ReferenceTable.Architecture.AllowedFor("Master.Host").Should().BeEquivalentTo(others);
    }
}
