using Master.Query.Language.Execution;
using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>Checks a parsed query against the schema and turns it into a <see cref="QueryPlan"/>, reporting every error.</summary>
internal sealed class QueryBinder
{
    private const int MaxRows = 100_000;

    /// <summary>The rows a query returns without <c>limit</c> or <c>top</c>.</summary>
    public const int DefaultRowCap = 1_000;

    private readonly BindContext _context;
    private readonly List<PlanStep> _steps = [];
    private IBindScope _scope;
    private string _resultKind = "rows";
    private bool _limited;

    private QueryBinder(BindContext context, KindScope scope)
    {
        _context = context;
        _scope = scope;
    }

    /// <summary>The plan, or every error that stands in its way.</summary>
    public static (QueryPlan? Plan, IReadOnlyList<QueryDiagnostic> Errors) Bind(string text, QuerySyntax syntax, SchemaRegistry registry)
    {
        var context = new BindContext(text);
        var kindName = syntax.Source.Kind;
        if (registry.Find(kindName.Text) is not { } kind)
        {
            var suggestion = Suggestions.Closest(kindName.Text, registry.Names);
            context.Error(DiagnosticCodes.UnknownKind, kindName.Span,
                $"unknown resource kind '{kindName.Text}'" + (suggestion is null ? string.Empty : $"; did you mean '{registry.Find(suggestion)!.Name}'?")
                + $" Known kinds: {string.Join(", ", registry.Kinds.Select(known => known.Name))}",
                suggestion: suggestion is null ? null : registry.Find(suggestion)!.Name);
            return (null, context.Errors);
        }

        var binder = new QueryBinder(context, new KindScope(kind));
        var matchers = new MatcherBinder(new ExpressionBinder(context, binder._scope), kind);
        foreach (var matcher in syntax.Source.Matchers)
        {
            matchers.Bind(matcher);
        }

        binder.BindStages(kind, syntax.Stages);
        if (context.Errors.Count > 0)
        {
            return (null, context.Errors);
        }

        var source = matchers.Filters.OrderByDescending(filter => filter.IsNamespace).Select(filter => filter.Test).ToList();
        var columns = ((TableScope)binder._scope).Columns;
        return (new QueryPlan(kind, matchers.Clusters, source, binder._steps, columns, binder._resultKind, context.Warnings), []);
    }

    private void BindStages(KindSchema kind, IReadOnlyList<StageSyntax> stages)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] is GroupByStage groupBy)
            {
                if (i + 1 < stages.Count && stages[i + 1] is AggregateStage aggregate)
                {
                    BindAggregate(groupBy, aggregate);
                    i++;
                }
                else
                {
                    _context.Error(DiagnosticCodes.GroupWithoutAggregate, groupBy.Name.Span,
                        "groupBy must be followed immediately by count(), sum(...), avg(...), min(...), max(...) or aggregate(...)");
                }

                continue;
            }

            BindStage(stages[i]);
        }

        if (kind.DefaultSort is { } order && !stages.Any(stage => stage is SortStage or TopStage))
        {
            // The kind's own order (events: newest first) applies once the where() stages have narrowed the rows.
            var field = kind.Find(order.Field)!;
            var tieBreak = TieBreak(new KindScope(kind));
            var at = _steps.FindIndex(step => step is not FilterStep);
            _steps.Insert(at < 0 ? _steps.Count : at, new SortStep([new SortSpec(Bound.FromField(field, default, field.Name), order.Descending)], tieBreak));
        }

        if (_scope is KindScope defaults)
        {
            Project(defaults.Kind.DefaultColumns.Select(name => Bound.FromField(defaults.Kind.Find(name)!, default, name)).ToList(), "the default columns");
        }

        if (!_limited)
        {
            // A projection keeps one row per row, so the cap goes before it: only the rows returned are projected.
            var at = _steps.Count > 0 && _steps[^1] is ProjectStep ? _steps.Count - 1 : _steps.Count;
            _steps.Insert(at, new LimitStep(DefaultRowCap, IsCap: true));
        }
    }

    private void BindStage(StageSyntax stage)
    {
        var expressions = new ExpressionBinder(_context, _scope);
        switch (stage)
        {
            case WhereStage where:
                if (expressions.BindCondition(where.Condition) is { } condition)
                {
                    _steps.Add(new FilterStep(condition));
                }

                break;
            case SelectStage select:
                var columns = select.Columns.Select(column => Named(expressions.Bind(column.Expression), column.Alias)).ToList();
                if (columns.All(column => column is not null))
                {
                    Project(columns!, stage.Name.Text);
                }

                break;
            case SortStage sort:
                Sort(expressions, sort.Keys, descendingByDefault: false);
                break;
            case LimitStage limit:
                Limit(limit.Count);
                break;
            case TopStage top:
                Sort(expressions, [top.Key], descendingByDefault: true);
                Limit(top.Count);
                break;
            case AggregateStage aggregate:
                BindAggregate(null, aggregate);
                break;
            case DistinctStage distinct:
                var keys = distinct.Keys.Select(key => Scalar(expressions.Bind(key), "distinct")).ToList();
                if (keys.All(key => key is not null) && Unique(keys!, distinct.Name))
                {
                    _steps.Add(new DistinctStep(keys!));
                    Table(keys.Select(key => Column(key!, "distinct")).ToList(), "rows");
                }

                break;
        }
    }

    private void BindAggregate(GroupByStage? groupBy, AggregateStage aggregate)
    {
        var expressions = new ExpressionBinder(_context, _scope);
        var keys = groupBy?.Keys.Select(key => Scalar(expressions.Bind(key), "groupBy")).ToList() ?? [];
        var aggregates = new List<(AggregateSpec Spec, TableColumn Column)>();
        foreach (var item in aggregate.Items)
        {
            if (item.Function == AggregateFunction.Count)
            {
                aggregates.Add((new AggregateSpec(AggregateFunction.Count, null), new TableColumn(item.Alias?.Text ?? "count", FieldType.Int, false, "an aggregate")));
                continue;
            }

            var argument = expressions.Bind(item.Argument!);
            var function = item.Function.ToString().ToLowerInvariant();
            if (argument is null)
            {
                continue;
            }

            if (argument.IsList || !argument.Type.IsNumeric() || (argument.Type == FieldType.Time && item.Function is AggregateFunction.Sum or AggregateFunction.Avg))
            {
                _context.Error(DiagnosticCodes.OperatorMismatch, item.Argument!.Span,
                    $"{function} takes a number; '{argument.Name}' is {(argument.IsList ? "a list" : ExpressionBinder.Article(argument.Type))}");
                continue;
            }

            var type = item.Function == AggregateFunction.Avg && argument.Type == FieldType.Int ? FieldType.Number : argument.Type;
            var name = item.Alias?.Text ?? $"{function}_{ColumnWord(argument.Name)}";
            aggregates.Add((new AggregateSpec(item.Function, argument), new TableColumn(name, type, false, "an aggregate")));
        }

        if (keys.Any(key => key is null) || aggregates.Count != aggregate.Items.Count)
        {
            return;
        }

        var columns = keys.Select(key => Column(key!, "groupBy")).Concat(aggregates.Select(item => item.Column)).ToList();
        if (!UniqueNames(columns, aggregate.Name))
        {
            return;
        }

        _steps.Add(new AggregateStep(keys!, aggregates.Select(item => item.Spec).ToList()));
        Table(columns, groupBy is not null ? "groups" : columns.Count == 1 ? "scalar" : "rows");
    }

    private void Sort(ExpressionBinder expressions, IReadOnlyList<SortKey> keys, bool descendingByDefault)
    {
        var specs = keys.Select(key => Scalar(expressions.Bind(key.Expression), "sort") is { } bound
            ? new SortSpec(bound, key.Descending ?? descendingByDefault)
            : null).ToList();
        if (specs.All(spec => spec is not null))
        {
            // Rows a sort has ordered keep that order within ties (a stable sort); the first sort breaks ties by cluster,
            // namespace and name.
            var sortedAlready = _steps.OfType<SortStep>().Any();
            _steps.Add(new SortStep(specs!, sortedAlready ? [] : TieBreak()));
        }
    }

    private void Limit(LiteralExpr count)
    {
        if (count.Number is < 1 or > MaxRows || count.Number != Math.Floor(count.Number))
        {
            _context.Error(DiagnosticCodes.CountOutOfRange, count.Span, $"the row count must be a whole number from 1 to {MaxRows:N0}, not {count.Text}");
            return;
        }

        _steps.Add(new LimitStep((int)count.Number, IsCap: false));
        _limited = true;
    }

    private void Project(IReadOnlyList<Bound> columns, string madeBy)
    {
        if (!Unique(columns, null))
        {
            return;
        }

        _steps.Add(new ProjectStep(columns));
        Table(columns.Select(column => Column(column, madeBy)).ToList(), _resultKind == "groups" ? "groups" : "rows");
    }

    private void Table(List<TableColumn> columns, string resultKind)
    {
        _scope = new TableScope(columns);
        _resultKind = resultKind;
    }

    private static readonly string[] TieBreakFields = ["cluster", "namespace", "name"];

    /// <summary>The cluster, namespace and name order that makes equal sort keys come out the same every time.</summary>
    private List<Bound> TieBreak() => TieBreak(_scope);

    private static List<Bound> TieBreak(IBindScope scope) => TieBreakFields
        .Select(scope.Find)
        .Where(field => field is { Type: FieldType.Text or FieldType.Enum, IsList: false })
        .Select(field => Bound.FromField(field!, default, field!.Name))
        .ToList();

    private Bound? Scalar(Bound? bound, string stage)
    {
        if (bound is { IsList: true } or { Type: FieldType.Map })
        {
            _context.Error(DiagnosticCodes.OperatorMismatch, bound.Span,
                $"{stage} takes a single value; '{bound.Name}' is {(bound.IsList ? "a list" : "a map")}" + (bound.IsList ? "; the schema's derived fields (restarts, images, ...) sum or join lists" : string.Empty));
            return null;
        }

        return bound;
    }

    private bool Unique(IReadOnlyList<Bound> columns, Name? stage) => UniqueNames(columns.Select(column => Column(column, "select")).ToList(), stage, columns);

    private bool UniqueNames(IReadOnlyList<TableColumn> columns, Name? stage, IReadOnlyList<Bound>? bounds = null)
    {
        var duplicate = columns.GroupBy(column => column.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is null)
        {
            return true;
        }

        var span = bounds?.LastOrDefault(bound => bound.Name.Equals(duplicate.Key, StringComparison.OrdinalIgnoreCase))?.Span ?? stage?.Span ?? default;
        _context.Error(DiagnosticCodes.DuplicateColumn, span, $"two columns are named '{duplicate.Key}'; give one another name with 'as'");
        return false;
    }

    private static Bound? Named(Bound? bound, Name? alias) => bound is null || alias is null ? bound : bound with { Name = alias.Text };

    private static TableColumn Column(Bound bound, string madeBy) =>
        new(bound.Name, bound.Type == FieldType.Null ? FieldType.Text : bound.Type, bound.IsList, madeBy) { EnumValues = bound.EnumValues };

    /// <summary>A default aggregate alias's field part: <c>sum_cpu_request</c>, <c>avg_labels_app</c>.</summary>
    private static string ColumnWord(string name)
    {
        var word = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
        while (word.Contains("__", StringComparison.Ordinal))
        {
            word = word.Replace("__", "_", StringComparison.Ordinal);
        }

        return word;
    }
}
