using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema;

/// <summary>A resource kind the DSL can read: its names, its fields and how to find its objects in a snapshot.</summary>
internal sealed class KindSchema
{
    private readonly Dictionary<string, FieldDef> _fields;
    private readonly Lazy<IReadOnlyDictionary<string, FieldDef>> _wirePaths;

    public KindSchema(
        string name,
        IReadOnlyList<string> aliases,
        bool namespaced,
        Func<ClusterSnapshot, IReadOnlyList<object>> items,
        IReadOnlyList<FieldDef> fields,
        IReadOnlyList<string> defaultColumns,
        SortDefault? defaultSort,
        Func<IReadOnlyDictionary<string, FieldDef>> wirePaths)
    {
        Name = name;
        Aliases = aliases;
        Namespaced = namespaced;
        Items = items;
        Fields = fields;
        DefaultColumns = defaultColumns;
        DefaultSort = defaultSort;
        _fields = fields.ToDictionary(field => field.Name, StringComparer.OrdinalIgnoreCase);
        _wirePaths = new(wirePaths);
    }

    /// <summary>The plural name the documentation uses: <c>pods</c>.</summary>
    public string Name { get; }

    /// <summary>The other names, kubectl's short names among them: <c>pod</c>, <c>po</c>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>True when the kind's objects live in a namespace.</summary>
    public bool Namespaced { get; }

    /// <summary>The kind's objects in a snapshot.</summary>
    public Func<ClusterSnapshot, IReadOnlyList<object>> Items { get; }

    /// <summary>The friendly fields, the common ones first, in the order the documentation lists them.</summary>
    public IReadOnlyList<FieldDef> Fields { get; }

    /// <summary>The columns shown without a <c>select</c>, <c>cluster</c> first.</summary>
    public IReadOnlyList<string> DefaultColumns { get; }

    /// <summary>The order rows come in without a <c>sort</c>, before the cluster, namespace and name order.</summary>
    public SortDefault? DefaultSort { get; }

    /// <summary>Finds a friendly field, ignoring case, or else a raw wire path (<c>status.qosClass</c>).</summary>
    public FieldDef? Find(string name) =>
        _fields.GetValueOrDefault(name) ?? _wirePaths.Value.GetValueOrDefault(name);

    /// <summary>Every raw wire path of the kind's objects, typed from the wire.</summary>
    public IReadOnlyDictionary<string, FieldDef> WirePaths => _wirePaths.Value;
}

/// <summary>A kind's default order.</summary>
/// <param name="Field">The field sorted by.</param>
/// <param name="Descending">True for newest or largest first.</param>
internal sealed record SortDefault(string Field, bool Descending);
