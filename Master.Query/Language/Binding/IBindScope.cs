using Master.Query.Language.Schema;

namespace Master.Query.Language.Binding;

/// <summary>The names an expression can refer to: a kind's fields, or the columns of a table a stage has made.</summary>
internal interface IBindScope
{
    /// <summary>The field or column with this name; null when there is none.</summary>
    FieldDef? Find(string name);

    /// <summary>The names to suggest from.</summary>
    IEnumerable<string> Names { get; }

    /// <summary>How an unknown name is reported: <c>unknown field 'x' for pods</c> or <c>unknown column 'x'</c>.</summary>
    (string Code, string Message) Unknown(string name);
}

/// <summary>The fields of a kind, friendly names and raw wire paths.</summary>
internal sealed class KindScope(KindSchema kind) : IBindScope
{
    public KindSchema Kind { get; } = kind;

    public FieldDef? Find(string name) => Kind.Find(name);

    public IEnumerable<string> Names => Kind.Fields.Select(definition => definition.Name);

    public (string Code, string Message) Unknown(string name) => (DiagnosticCodes.UnknownField, $"unknown field '{name}' for {Kind.Name}");
}

/// <summary>The columns of a table made by <c>select</c>, an aggregate or <c>distinct</c>; rows hold <c>object?[]</c>.</summary>
internal sealed class TableScope : IBindScope
{
    private readonly Dictionary<string, FieldDef> _columns;

    public TableScope(IReadOnlyList<TableColumn> columns)
    {
        Columns = columns;
        _columns = new(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            _columns.TryAdd(columns[i].Name, Getter(columns[i], i));
        }
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public FieldDef? Find(string name) => _columns.GetValueOrDefault(name);

    public IEnumerable<string> Names => Columns.Select(column => column.Name);

    public (string Code, string Message) Unknown(string name) =>
        (DiagnosticCodes.UnknownColumn, $"unknown column '{name}'; after {Columns[0].MadeBy} the columns are {string.Join(", ", Names)}");

    private static FieldDef Getter(TableColumn column, int index)
    {
        Delegate getter = column switch
        {
            { IsList: true, Type: FieldType.Bool } => (Func<Row, IReadOnlyList<bool>>)(row => Cell(row, index) as IReadOnlyList<bool> ?? []),
            { IsList: true } when column.Type.IsNumeric() => (Func<Row, IReadOnlyList<double>>)(row => Cell(row, index) as IReadOnlyList<double> ?? []),
            { IsList: true } => (Func<Row, IReadOnlyList<string>>)(row => Cell(row, index) as IReadOnlyList<string> ?? []),
            { Type: FieldType.Text or FieldType.Enum } => (Func<Row, string?>)(row => Cell(row, index) as string),
            { Type: FieldType.Bool } => (Func<Row, bool?>)(row => Cell(row, index) as bool?),
            { Type: FieldType.Map } => (Func<Row, IReadOnlyDictionary<string, string>?>)(row => Cell(row, index) as IReadOnlyDictionary<string, string>),
            _ => (Func<Row, double?>)(row => Cell(row, index) as double?),
        };
        return new FieldDef(column.Name, column.Type, column.IsList, getter, column.EnumValues);
    }

    private static object? Cell(Row row, int index) => ((object?[])row.Item)[index];
}

/// <summary>A column of a table a stage has made.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The value type.</param>
/// <param name="IsList">True for a list column.</param>
/// <param name="MadeBy">The stage that made the table, for messages.</param>
internal sealed record TableColumn(string Name, FieldType Type, bool IsList, string MadeBy)
{
    public IReadOnlyList<string> EnumValues { get; init; } = [];
}
