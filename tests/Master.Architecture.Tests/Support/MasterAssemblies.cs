using System.Reflection;

namespace Master.Architecture.Tests.Support;

/// <summary>The production assemblies of Master, loaded from the test's output folder.</summary>
internal static class MasterAssemblies
{
    /// <summary>The assemblies at the repository root (STYLE 2.1); capability assemblies join this list as they arrive.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Master.AgentSdk",
        "Master.Processor",
        "Master.DataHub",
        "Master.DataHub.Memory",
        "Master.DataHub.Redis",
        "Master.Query",
        "Master.Gateway",
        "Master.Database",
        "Master.Fleet",
        "Master.Security",
        "Master.Host",
    ];

    private static readonly Lazy<IReadOnlyList<Assembly>> Loaded = new(() => Names.Select(Load).ToList());

    /// <summary>Every assembly of <see cref="Names"/>; several have no type a test could name, so they load by name.</summary>
    public static IReadOnlyList<Assembly> All => Loaded.Value;

    /// <summary>
    /// The names of every <c>Master.*</c> assembly in the output folder apart from test code, so an assembly missing from
    /// <see cref="Names"/> is noticed instead of silently left unchecked.
    /// </summary>
    public static IReadOnlyList<string> InOutputFolder() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Master.*.dll")
            .Select(System.IO.Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !IsTestCode(name))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsTestCode(string name) =>
        name.EndsWith(".Tests", StringComparison.Ordinal) || name is "Master.Testing" or "Master.Benchmarks";

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
