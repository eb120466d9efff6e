using Master.Query.Language.Schema;
using Master.Query.Language.Syntax;

namespace Master.Query.Language.Binding;

/// <summary>
/// Binds the matchers of <c>kind(...)</c>: <c>cluster</c> picks clusters; <c>last</c>/<c>since</c> bound events in time;
/// a known field or <c>labels["k"]</c> filters objects; any other key is a label, unless it is a likely typo of a field.
/// </summary>
/// <remarks>
/// Matchers follow PromQL: a missing label or field has the empty value, so <c>app!="web"</c> matches objects without an
/// <c>app</c> label, unlike the comparisons of <c>where</c>, where null compares false.
/// </remarks>
internal sealed class MatcherBinder(ExpressionBinder expressions, KindSchema kind)
{
    private static readonly TimeSpan EventTtl = TimeSpan.FromHours(1);

    private BindContext Context => expressions.Context;

    public List<ClusterMatcher> Clusters { get; } = [];

    /// <summary>The object filters, namespace first: it is the cheapest and narrows the most.</summary>
    public List<(bool IsNamespace, Func<Row, bool> Test)> Filters { get; } = [];

    public void Bind(MatcherSyntax matcher)
    {
        var key = matcher.Key;
        var name = key.DottedName;
        var single = key.Segments.Count == 1;
        if (single && name.Equals("cluster", StringComparison.OrdinalIgnoreCase))
        {
            var values = Texts(matcher);
            if (TextTest(matcher, values, ignoreCase: false) is { } test)
            {
                Clusters.Add(new ClusterMatcher(test.Positive, test.Negated)
                {
                    MatchesAll = matcher.Operator == MatchOperator.Equal && values is ["*"],
                });
            }

            return;
        }

        if (single && kind.Name == "events" && name.ToLowerInvariant() is "last" or "since")
        {
            BindWindow(matcher);
            return;
        }

        if (key.Segments is [{ Name: { } mapName }, { Key: { } labelKey }] && kind.Find(mapName) is { Type: FieldType.Map } map)
        {
            var get = map.Map;
            AddText(matcher, row => get(row)?.GetValueOrDefault(labelKey), enumValues: [], field: $"{mapName}[\"{labelKey}\"]");
            return;
        }

        if (kind.Find(name) is { } field && key.Segments.All(segment => segment.Name is not null))
        {
            BindField(matcher, field);
            return;
        }

        if (!single)
        {
            expressions.Bind(key);
            return;
        }

        string[] reserved = kind.Name == "events" ? ["cluster", "last", "since"] : ["cluster"];
        if (Suggestions.Closest(name, kind.Fields.Select(definition => definition.Name).Concat(reserved)) is { } suggestion)
        {
            Context.Error(DiagnosticCodes.MatcherTypo, key.Span,
                $"unknown matcher key '{name}' for {kind.Name}; did you mean '{suggestion}'? (A key that is no field matches a label: "
                + $"write labels[\"{name}\"] to mean the label.)",
                suggestion: suggestion);
            return;
        }

        var labels = kind.Find("labels")!.Map;
        AddText(matcher, row => labels(row)?.GetValueOrDefault(name), enumValues: [], field: $"label '{name}'");
    }

    private void BindField(MatcherSyntax matcher, FieldDef field)
    {
        if (field.Type.IsText())
        {
            var values = Texts(matcher);
            if (field.IsList)
            {
                var list = field.TextList;
                if (TextTest(matcher, values, field.Type == FieldType.Enum) is { } test)
                {
                    Add(field.Name, row => list(row).Any(test.Positive) != test.Negated);
                }

                return;
            }

            AddText(matcher, field.Text, field.EnumValues, field.Name, field.Type == FieldType.Enum);
            return;
        }

        if (matcher.Operator is MatchOperator.Matches or MatchOperator.NotMatches)
        {
            Context.Error(DiagnosticCodes.OperatorMismatch, matcher.OperatorSpan,
                $"'{field.Name}' is {ExpressionBinder.Article(field.Type)}; =~ and !~ match text. Use =, != or in");
            return;
        }

        // Numbers and bools match by value, through the same comparison as where(): a matcher is an equality test.
        var bound = Bound.FromField(field, matcher.Key.Span, field.Name);
        var tests = matcher.Values.Select(value => Equality(bound, value)).ToList();
        if (tests.Any(test => test is null))
        {
            return;
        }

        var negated = matcher.Operator is MatchOperator.NotEqual or MatchOperator.NotIn;
        var any = tests.Select(test => test!).ToArray();
        Add(field.Name, row => any.Any(test => test(row)) != negated);
    }

    private Func<Row, bool>? Equality(Bound field, LiteralExpr value) =>
        expressions.BindAgainst(value, field) is { } bound ? Comparisons.Equal(Context, field, bound) : null;

    private void BindWindow(MatcherSyntax matcher)
    {
        if (matcher.Operator != MatchOperator.Equal || matcher.Values.Count != 1)
        {
            Context.Error(DiagnosticCodes.OperatorMismatch, matcher.OperatorSpan, $"{matcher.Key.DottedName} takes one duration with '=': last=\"5m\"");
            return;
        }

        var window = Literals.Resolve(matcher.Values[0], FieldType.Duration, matcher.Key.DottedName);
        if (window.Error is not null || window.Value is not double seconds)
        {
            Context.Error(DiagnosticCodes.UnitMismatch, matcher.Values[0].Span, window.Error ?? "expects a duration such as 30s, 5m, 2h or 7d", window.Hint);
            return;
        }

        if (seconds > EventTtl.TotalSeconds)
        {
            Context.Warn(DiagnosticCodes.EventTtl,
                $"{matcher.Key.DottedName}={matcher.Values[0].Text} is longer than the API server's event TTL (1h by default): older events are "
                + "usually gone from a snapshot; /api/v2/events keeps the history");
        }

        var lastSeen = kind.Find("last_seen")!.Number;
        Add("last_seen", row => lastSeen(row) >= row.Scope.Now - seconds);
    }

    private void AddText(MatcherSyntax matcher, Func<Row, string?> get, IReadOnlyList<string> enumValues, string field, bool ignoreCase = false)
    {
        var values = Texts(matcher);

        if (matcher.Operator is MatchOperator.Equal or MatchOperator.NotEqual or MatchOperator.In or MatchOperator.NotIn)
        {
            foreach (var value in values.Where(value => !value.Contains('*')))
            {
                Comparisons.CheckEnumValue(Context, field, enumValues, value);
            }
        }

        if (TextTest(matcher, values, ignoreCase) is { } test)
        {
            var positive = test.Positive;
            Add(field, test.Negated ? row => !positive(get(row) ?? string.Empty) : row => positive(get(row) ?? string.Empty));
        }
    }

    /// <summary>The values of a text matcher as text: a number or a word as written, null as the empty value.</summary>
    private static string[] Texts(MatcherSyntax matcher) =>
        [.. matcher.Values.Select(value => value.Kind == LiteralKind.Null ? string.Empty : value.Value ?? value.Text)];

    /// <summary>The positive test of a text matcher (a value equal, globbed, matched or in the list) and whether it is negated.</summary>
    private (Func<string, bool> Positive, bool Negated)? TextTest(MatcherSyntax matcher, string[] values, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        switch (matcher.Operator)
        {
            case MatchOperator.Equal or MatchOperator.NotEqual or MatchOperator.In or MatchOperator.NotIn:
                var negated = matcher.Operator is MatchOperator.NotEqual or MatchOperator.NotIn;
                var globs = values.Where(value => value.Contains('*')).ToList();
                var exact = values.Where(value => !value.Contains('*')).ToHashSet(comparer);
                if (globs.Count == 0)
                {
                    return (exact.Contains, negated);
                }

                var (glob, globError) = Regexes.Compile(string.Join('|', globs.Select(Regexes.FromGlob)), ignoreCase);
                if (glob is null)
                {
                    Context.Error(DiagnosticCodes.InvalidRegex, matcher.Values[0].Span, $"the glob cannot be matched: {globError}");
                    return null;
                }

                return (value => exact.Contains(value) || glob.IsMatch(value), negated);
            default:
                var (regex, error) = Regexes.Compile(values[0], ignoreCase);
                if (regex is null)
                {
                    Context.Error(DiagnosticCodes.InvalidRegex, matcher.Values[0].Span, error!);
                    return null;
                }

                return (regex.IsMatch, matcher.Operator == MatchOperator.NotMatches);
        }
    }

    private void Add(string field, Func<Row, bool> test) => Filters.Add((field == "namespace", test));
}
