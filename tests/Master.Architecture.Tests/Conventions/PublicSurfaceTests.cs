using Master.Architecture.Tests.Conventions.Fixtures;
using Master.Architecture.Tests.Support;

namespace Master.Architecture.Tests.Conventions;

public sealed class PublicSurfaceTests
{
    private static IEnumerable<System.Reflection.Assembly> ImplementationAssemblies =>
        MasterAssemblies.All.Where(a => !PublicSurface.ContractAssemblies.Contains(a.GetName().Name!));

    [Test]
    public void Implementation_assemblies_expose_only_entry_points_options_and_contracts()
    {
        var violations = ImplementationAssemblies.SelectMany(a => PublicSurface.Violations(a.GetExportedTypes()));

        violations.Should().BeEmpty();
    }

    [Test]
    public void Every_exception_names_a_public_type_the_rule_would_otherwise_reject()
    {
        var rejectedWithoutExceptions = ImplementationAssemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => PublicSurface.Exceptions.ContainsKey(t.FullName!))
            .Where(t => PublicSurface.Violations(t.Assembly.GetExportedTypes(), new Dictionary<string, string>()).Any(v => v.Contains(
                " " + t.FullName + " ", StringComparison.Ordinal)))
            .Select(t => t.FullName);

        rejectedWithoutExceptions.Should().BeEquivalentTo(PublicSurface.Exceptions.Keys);
    }

    [Test]
    public void Entry_points_options_and_what_contracts_reach_are_allowed_and_the_rest_is_reported()
    {
        var types = new[]
        {
            typeof(SurfaceFixtureServiceCollectionExtensions), typeof(SurfaceFixtureStringExtensions), typeof(ISurfaceService),
            typeof(SurfaceRequest), typeof(SurfaceResult), typeof(SurfaceResult.Detail), typeof(SurfaceOptions), typeof(SurfaceMode),
            typeof(SurfaceHelpers), typeof(SurfaceStray),
        };

        var violations = PublicSurface.Violations(types, new Dictionary<string, string>());

        violations.Should().HaveCount(3);
        violations.Should().ContainSingle(v => v.Contains(typeof(SurfaceFixtureStringExtensions).FullName!, StringComparison.Ordinal));
        violations.Should().ContainSingle(v => v.Contains(typeof(SurfaceHelpers).FullName!, StringComparison.Ordinal));
        violations.Should().ContainSingle(v => v.Contains(typeof(SurfaceStray).FullName!, StringComparison.Ordinal));
    }

    [Test]
    public void A_listed_exception_is_allowed()
    {
        var types = new[] { typeof(SurfaceHelpers), typeof(SurfaceStray) };
        var exceptions = new Dictionary<string, string> { [typeof(SurfaceHelpers).FullName!] = "a reason" };

        var violations = PublicSurface.Violations(types, exceptions);

        violations.Should().ContainSingle().Which.Should().Contain(typeof(SurfaceStray).FullName!);
    }

    private interface ISurfaceService
    {
        SurfaceResult Run(SurfaceRequest request);
    }

    private sealed record SurfaceRequest(string Name);

    private sealed record SurfaceResult(SurfaceResult.Detail[] Details)
    {
        public sealed record Detail(string Text);
    }

    private sealed class SurfaceOptions
    {
        public SurfaceMode Mode { get; set; }
    }

    private enum SurfaceMode
    {
        On,
        Off,
    }

    private static class SurfaceHelpers
    {
        public static int Answer() => 42;
    }

    private sealed class SurfaceStray;
}
