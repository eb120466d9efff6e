using Master.Architecture.Tests.Support;

namespace Master.Architecture.Tests.References;

public sealed class AssemblyReferenceTests
{
    [Test]
    public void Compiled_references_follow_the_architecture_table()
    {
        var references = ReferenceGraph.FromCompiledAssemblies();

        ReferenceTable.Architecture.Check(references).Should().BeEmpty();
    }

    [Test]
    public void Project_references_follow_the_architecture_table()
    {
        var references = ReferenceGraph.FromProjects();

        ReferenceTable.Architecture.Check(references).Should().BeEmpty();
    }

    [Test]
    public void Table_has_a_row_for_exactly_the_projects_at_the_repository_root()
    {
        var projects = ReferenceGraph.RootProjects().Select(Path.GetFileNameWithoutExtension);

        ReferenceTable.Architecture.Assemblies.Should().BeEquivalentTo(projects);
        MasterAssemblies.Names.Should().BeEquivalentTo(ReferenceTable.Architecture.Assemblies);
    }

    [Test]
    public void Table_matches_the_one_in_docs_architecture_md()
    {
        var documented = DocumentedTable(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md"));

        documented.Keys.Should().BeEquivalentTo(ReferenceTable.Architecture.Assemblies);
        foreach (var (assembly, allowed) in documented)
        {
            allowed.Should().BeEquivalentTo(ReferenceTable.Architecture.AllowedFor(assembly), "the row of {0} says so", assembly);
        }
    }

    /// <summary>
    /// Rows look like <c>| `Master.AgentSdk` | owns ... | Processor, DataHub |</c>; the last column reads "nothing of
    /// ours", "everything", or short names with an optional remark in parentheses.
    /// </summary>
    private static Dictionary<string, IReadOnlyCollection<string>> DocumentedTable(string path)
    {
        var rows = File.ReadLines(path)
            .Where(line => line.StartsWith("| `Master.", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Assembly: cells[1].Trim('`'), MayReference: cells[^2]))
            .ToList();
        var assemblies = rows.Select(r => r.Assembly).ToList();
        return rows.ToDictionary(
            row => row.Assembly,
            row => (IReadOnlyCollection<string>)(row.MayReference switch
            {
                "nothing of ours" => [],
                "everything" => assemblies.Where(a => a != row.Assembly).ToList(),
                var names => names.Split(',', StringSplitOptions.TrimEntries)
                    .Select(name => "Master." + name.Split('(')[0].Trim())
                    .ToList(),
            }));
    }
}
