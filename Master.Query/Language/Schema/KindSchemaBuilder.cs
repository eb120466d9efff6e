using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema;

/// <summary>Builds a <see cref="KindSchema"/> from typed getters over the kind's model class, one line per field.</summary>
/// <remarks>
/// The getters are compiled lambdas over the normalised objects, so reading a field costs a cast and a property read,
/// never reflection or JSON. Empty text, unset times and unread quantities become null here, once for every kind.
/// </remarks>
/// <typeparam name="T">The kind's model class.</typeparam>
internal sealed class KindSchemaBuilder<T>
    where T : class
{
    private readonly string _name;
    private readonly string[] _aliases;
    private readonly bool _namespaced;
    private readonly Func<ClusterSnapshot, IReadOnlyList<T>> _items;
    private readonly List<FieldDef> _fields = [];
    private string[] _defaultColumns = [];
    private SortDefault? _defaultSort;

    public KindSchemaBuilder(string name, bool namespaced, Func<ClusterSnapshot, IReadOnlyList<T>> items, params string[] aliases)
    {
        _name = name;
        _namespaced = namespaced;
        _items = items;
        _aliases = aliases;
        _fields.Add(new FieldDef("cluster", FieldType.Text, false, (Func<Row, string?>)(row => row.Scope.ClusterId), []));
    }

    /// <summary>Adds the fields common to every kind (query-dsl.md): pass null for what the kind's model does not carry.</summary>
    public KindSchemaBuilder<T> Common(
        Func<T, string?> name,
        Func<T, string?>? ns,
        Func<T, Timestamp>? created,
        Func<T, IReadOnlyDictionary<string, string>?>? labels,
        Func<T, IReadOnlyDictionary<string, string>?>? annotations = null,
        Func<T, string?>? uid = null,
        Func<T, string?>? ownerKind = null,
        Func<T, string?>? ownerName = null)
    {
        if (_namespaced)
        {
            Text("namespace", ns ?? (_ => null));
        }

        Text("name", name);
        Text("uid", uid ?? (_ => null));
        Map("labels", labels ?? (_ => null));
        Map("annotations", annotations ?? (_ => null));
        var createdAt = created ?? (_ => Timestamp.Unset);
        Time("created", createdAt);
        AgeOf("age", createdAt);
        Text("owner_kind", ownerKind ?? (_ => null));
        Text("owner_name", ownerName ?? (_ => null));
        return this;
    }

    public KindSchemaBuilder<T> Text(string name, Func<T, string?> get) =>
        Add(name, FieldType.Text, (Func<Row, string?>)(row => NullIfEmpty(get((T)row.Item))));

    public KindSchemaBuilder<T> Enum(string name, Func<T, string?> get, params string[] values) =>
        Add(name, FieldType.Enum, (Func<Row, string?>)(row => NullIfEmpty(get((T)row.Item))), values);

    public KindSchemaBuilder<T> Bool(string name, Func<T, bool?> get) =>
        Add(name, FieldType.Bool, (Func<Row, bool?>)(row => get((T)row.Item)));

    public KindSchemaBuilder<T> Int(string name, Func<T, int?> get) =>
        Add(name, FieldType.Int, (Func<Row, double?>)(row => get((T)row.Item)));

    public KindSchemaBuilder<T> Cpu(string name, Func<T, double?> get) => Number(name, FieldType.Cpu, get);

    public KindSchemaBuilder<T> Cpu(string name, Func<T, Quantity> get) => Number(name, FieldType.Cpu, item => get(item).Value);

    public KindSchemaBuilder<T> Memory(string name, Func<T, double?> get) => Number(name, FieldType.Memory, get);

    public KindSchemaBuilder<T> Memory(string name, Func<T, Quantity> get) => Number(name, FieldType.Memory, item => get(item).Value);

    public KindSchemaBuilder<T> Percent(string name, Func<T, double?> get) => Number(name, FieldType.Percent, get);

    public KindSchemaBuilder<T> Duration(string name, Func<T, double?> get) => Number(name, FieldType.Duration, get);

    /// <summary>A duration measured from an instant of the object to the instant the query runs: null when unset.</summary>
    public KindSchemaBuilder<T> AgeOf(string name, Func<T, Timestamp> since) =>
        Add(name, FieldType.Duration, (Func<Row, double?>)(row =>
            Seconds(since((T)row.Item)) is { } at ? Math.Max(0, row.Scope.Now - at) : null));

    public KindSchemaBuilder<T> Time(string name, Func<T, Timestamp> get) =>
        Add(name, FieldType.Time, (Func<Row, double?>)(row => Seconds(get((T)row.Item))));

    public KindSchemaBuilder<T> Number(string name, FieldType type, Func<T, double?> get) =>
        Add(name, type, (Func<Row, double?>)(row => get((T)row.Item)));

    /// <summary>A number that also depends on the query run, such as a duration that ends now while a job runs.</summary>
    public KindSchemaBuilder<T> Number(string name, FieldType type, Func<T, RowScope, double?> get) =>
        Add(name, type, (Func<Row, double?>)(row => get((T)row.Item, row.Scope)));

    public KindSchemaBuilder<T> Map(string name, Func<T, IReadOnlyDictionary<string, string>?> get) =>
        Add(name, FieldType.Map, (Func<Row, IReadOnlyDictionary<string, string>?>)(row =>
            get((T)row.Item) is { Count: > 0 } map ? map : null));

    /// <summary>A multi-valued text field; empty elements are left out.</summary>
    public KindSchemaBuilder<T> TextList(string name, Func<T, IEnumerable<string?>> get, FieldType type = FieldType.Text, params string[] values) =>
        Add(name, type, (Func<Row, IReadOnlyList<string>>)(row => NonEmpty(get((T)row.Item))), values, isList: true);

    public KindSchemaBuilder<T> IntList(string name, Func<T, IEnumerable<int>> get) =>
        Add(name, FieldType.Int, (Func<Row, IReadOnlyList<double>>)(row => get((T)row.Item).Select(value => (double)value).ToArray()), isList: true);

    public KindSchemaBuilder<T> BoolList(string name, Func<T, IEnumerable<bool>> get) =>
        Add(name, FieldType.Bool, (Func<Row, IReadOnlyList<bool>>)(row => get((T)row.Item).ToArray()), isList: true);

    /// <summary>The columns shown without a <c>select</c>; <c>cluster</c> comes first without being named.</summary>
    public KindSchemaBuilder<T> Defaults(params string[] columns)
    {
        _defaultColumns = ["cluster", .. columns];
        return this;
    }

    public KindSchemaBuilder<T> SortedBy(string field, bool descending)
    {
        _defaultSort = new SortDefault(field, descending);
        return this;
    }

    public KindSchema Build()
    {
        var known = _fields.Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        var missing = _defaultColumns.Append(_defaultSort?.Field).Where(name => name is not null && !known.Contains(name)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Kind '{_name}' names fields it does not define: {string.Join(", ", missing)}.");
        }

        return new KindSchema(
            _name,
            _aliases,
            _namespaced,
            snapshot => _items(snapshot),
            _fields,
            _defaultColumns,
            _defaultSort,
            () => WirePaths.Of<T>());
    }

    private KindSchemaBuilder<T> Add(string name, FieldType type, Delegate getter, string[]? values = null, bool isList = false)
    {
        if (_fields.Exists(field => string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"Kind '{_name}' defines field '{name}' twice.");
        }

        _fields.Add(new FieldDef(name, type, isList, getter, values ?? []));
        return this;
    }

    internal static double? Seconds(Timestamp timestamp) => timestamp.Value is { } at ? at.ToUnixTimeMilliseconds() / 1000.0 : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string[] NonEmpty(IEnumerable<string?> values) => values.Where(value => !string.IsNullOrEmpty(value)).ToArray()!;
}
