using System.Reflection;
using Master.Architecture.Tests.Support;
using Master.Query;

namespace Master.Architecture.Tests.Conventions;

/// <summary>The diagnostic codes of the query DSL are one table in code, and docs/query.md lists exactly that table.</summary>
public sealed class QueryCodesDocumentTests
{
    private static readonly Type Codes = typeof(IQueryService).Assembly.GetType("Master.Query.Language.DiagnosticCodes", throwOnError: true)!;

    [Test]
    public void Every_code_has_a_meaning_and_every_code_is_unique()
    {
        var codes = Constants();
        var meanings = Meanings();

        codes.Should().OnlyHaveUniqueItems();
        meanings.Keys.Should().BeEquivalentTo(codes);
        meanings.Values.Should().OnlyContain(meaning => meaning.Length > 0);
    }

    [Test]
    public void The_user_guide_lists_every_code_and_no_other()
    {
        var document = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "docs", "query.md"));
        var documented = document
            .Where(line => line.StartsWith("| `DSL", StringComparison.Ordinal))
            .Select(line => line.Split('`')[1])
            .ToList();

        documented.Should().BeEquivalentTo(Constants(), "docs/query.md's code table is the code's table");
    }

    private static List<string> Constants() => Codes
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    private static IReadOnlyDictionary<string, string> Meanings() =>
        (IReadOnlyDictionary<string, string>)Codes.GetProperty("Meanings", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
