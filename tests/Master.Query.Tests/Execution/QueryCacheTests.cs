using Master.Query.Language;
using Master.Query.Language.Schema;

namespace Master.Query.Tests.Execution;

/// <summary>The parsed-query cache: keyed by the exact text, least recently used out first.</summary>
public sealed class QueryCacheTests
{
    [Test]
    public void The_same_text_is_compiled_once_and_the_least_recently_used_goes_first()
    {
        var cache = new QueryCache(capacity: 2);
        var compiled = new List<string>();
        CompiledQuery Compile(string text)
        {
            compiled.Add(text);
            return CompiledQuery.Compile(text, SchemaRegistry.Default);
        }

        var first = cache.GetOrAdd("pods.count()", Compile);
        cache.GetOrAdd("nodes.count()", Compile);
        cache.GetOrAdd("pods.count()", Compile).Should().BeSameAs(first);
        cache.GetOrAdd("events.count()", Compile);
        cache.GetOrAdd("pods.count()", Compile).Should().BeSameAs(first, "it was used more recently than nodes");
        cache.GetOrAdd("nodes.count()", Compile);

        compiled.Should().Equal("pods.count()", "nodes.count()", "events.count()", "nodes.count()");
        cache.Count.Should().Be(2);
    }

    [Test]
    public void Texts_that_differ_only_in_spacing_are_different_entries()
    {
        var cache = new QueryCache(capacity: 10);

        var a = cache.GetOrAdd("pods.count()", text => CompiledQuery.Compile(text, SchemaRegistry.Default));
        var b = cache.GetOrAdd("pods .count()", text => CompiledQuery.Compile(text, SchemaRegistry.Default));

        b.Should().NotBeSameAs(a);
        cache.Count.Should().Be(2);
    }

    [Test]
    public void A_query_that_fails_to_bind_is_cached_with_its_errors()
    {
        var cache = new QueryCache(capacity: 10);
        var calls = 0;

        for (var i = 0; i < 3; i++)
        {
            var query = cache.GetOrAdd("podz.count()", text =>
            {
                calls++;
                return CompiledQuery.Compile(text, SchemaRegistry.Default);
            });
            query.Plan.Should().BeNull();
            query.Errors.Should().ContainSingle().Which.Code.Should().Be("DSL2001");
        }

        calls.Should().Be(1);
    }
}
