namespace Master.Architecture.Tests.References;

/// <summary>Which Master assembly may reference which other Master assembly, and the check of actual references against it.</summary>
internal sealed class ReferenceTable
{
    private readonly Dictionary<string, IReadOnlySet<string>> _allowed;

    public ReferenceTable(IReadOnlyDictionary<string, IReadOnlyCollection<string>> allowed)
    {
        _allowed = allowed.ToDictionary(
            row => row.Key, row => (IReadOnlySet<string>)new HashSet<string>(row.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// The table of the architecture document (docs/architecture.md, "The I-shaped pipeline"), which this mirrors
    /// row for row; the "owns" column is left out:
    /// <code>
    /// | assembly | may reference |
    /// |---|---|
    /// | `Master.DataHub` | nothing of ours |
    /// | `Master.DataHub.Memory` | DataHub |
    /// | `Master.DataHub.Redis` | DataHub |
    /// | `Master.Processor` | DataHub |
    /// | `Master.AgentSdk` | Processor, DataHub |
    /// | `Master.Query` | DataHub |
    /// | `Master.Database` | nothing of ours |
    /// | `Master.Fleet` | DataHub (interfaces only), Database, Query |
    /// | `Master.Security` | Database |
    /// | `Master.Gateway` | Query, Database, Fleet, Security, DataHub (interfaces only) |
    /// | `Master.Host` | everything |
    /// </code>
    /// "DataHub (interfaces only)" holds at assembly level because Master.DataHub is the contract and nothing else: the
    /// implementations live in Master.DataHub.Memory and Master.DataHub.Redis, which Gateway may not reference.
    /// Capability assemblies (Master.Fleet, Master.Alerting, ...) "are referenced by Host and, where the API needs them,
    /// by Gateway"; each gets its own row here and in the document when it is created, and until then fails the check.
    /// </summary>
    public static ReferenceTable Architecture { get; } = WithHostReferencingEverything(new Dictionary<string, IReadOnlyCollection<string>>
    {
        ["Master.DataHub"] = [],
        ["Master.DataHub.Memory"] = ["Master.DataHub"],
        ["Master.DataHub.Redis"] = ["Master.DataHub"],
        ["Master.Processor"] = ["Master.DataHub"],
        ["Master.AgentSdk"] = ["Master.Processor", "Master.DataHub"],
        ["Master.Query"] = ["Master.DataHub"],
        ["Master.Database"] = [],
        ["Master.Fleet"] = ["Master.DataHub", "Master.Database", "Master.Query"],
        ["Master.Security"] = ["Master.Database"],
        ["Master.Gateway"] = ["Master.Query", "Master.Database", "Master.Fleet", "Master.Security", "Master.DataHub"],
    });

    public IReadOnlyCollection<string> Assemblies => _allowed.Keys;

    public IReadOnlySet<string> AllowedFor(string assembly) => _allowed[assembly];

    /// <summary>
    /// One line per broken rule: an assembly the table does not know, or a reference its row does not allow. References
    /// outside Master (framework, packages) are not the table's business and are ignored.
    /// </summary>
    public IReadOnlyList<string> Check(IReadOnlyDictionary<string, IReadOnlyCollection<string>> references)
    {
        var violations = new List<string>();
        foreach (var (assembly, referenced) in references.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!_allowed.TryGetValue(assembly, out var allowed))
            {
                violations.Add($"{assembly} is not in the reference table; give it a row in ReferenceTable and docs/architecture.md");
                continue;
            }

            foreach (var reference in referenced.Where(IsOurs).Where(r => r != assembly).Distinct().Order(StringComparer.Ordinal))
            {
                if (!allowed.Contains(reference))
                {
                    var may = allowed.Count == 0 ? "nothing of ours" : string.Join(", ", allowed.Order(StringComparer.Ordinal));
                    violations.Add($"{assembly} references {reference}; it may reference {may}");
                }
            }
        }

        return violations;
    }

    public static bool IsOurs(string assemblyName) =>
        assemblyName.StartsWith("Master.", StringComparison.Ordinal) || assemblyName == "Master";

    private static ReferenceTable WithHostReferencingEverything(Dictionary<string, IReadOnlyCollection<string>> rows)
    {
        rows["Master.Host"] = rows.Keys.ToList();
        return new ReferenceTable(rows);
    }
}
