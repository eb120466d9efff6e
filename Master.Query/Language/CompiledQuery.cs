using Master.Query.Language.Binding;
using Master.Query.Language.Execution;
using Master.Query.Language.Parsing;
using Master.Query.Language.Schema;

namespace Master.Query.Language;

/// <summary>Query text parsed and bound once: a plan to run, or the diagnostics that say why there is none.</summary>
internal sealed record CompiledQuery(QueryPlan? Plan, IReadOnlyList<QueryDiagnostic> Errors)
{
    public static CompiledQuery Compile(string text, SchemaRegistry registry)
    {
        var parsed = QueryParser.Parse(text);
        if (parsed.Error is { } error)
        {
            return new CompiledQuery(null, [error]);
        }

        var (plan, errors) = QueryBinder.Bind(text, parsed.Syntax!, registry);
        return new CompiledQuery(plan, errors);
    }
}
