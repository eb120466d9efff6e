using System.Reflection;
using System.Xml.Linq;
using Master.Architecture.Tests.Support;

namespace Master.Architecture.Tests.References;

/// <summary>The references between Master assemblies as they actually are, read two ways.</summary>
internal static class ReferenceGraph
{
    /// <summary>
    /// From the compiled assemblies' metadata. The compiler keeps only references whose types are used, so this sees what
    /// the code really depends on; a reference that is declared but unused shows up only in <see cref="FromProjects"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> FromCompiledAssemblies()
    {
        var names = MasterAssemblies.Names.Union(MasterAssemblies.InOutputFolder()).Distinct(StringComparer.Ordinal);
        return names.ToDictionary(
            name => name,
            name => (IReadOnlyCollection<string>)Assembly.Load(new AssemblyName(name)).GetReferencedAssemblies()
                .Select(r => r.Name!)
                .Where(ReferenceTable.IsOurs)
                .ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// From the <c>ProjectReference</c> items of every <c>Master.*/Master.*.csproj</c> at the repository root, conditional
    /// ones included.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> FromProjects()
    {
        return RootProjects().ToDictionary(
            project => Path.GetFileNameWithoutExtension(project),
            project => (IReadOnlyCollection<string>)ProjectReferences(project),
            StringComparer.Ordinal);
    }

    /// <summary>The projects at the repository root, one folder each, named after the folder (STYLE 2.1).</summary>
    public static IReadOnlyList<string> RootProjects() =>
        Directory.EnumerateDirectories(RepositoryRoot.Path, "Master.*")
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".csproj"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The referenced projects' names; Include paths use Windows separators, which Path does not split on Linux.</summary>
    public static IReadOnlyList<string> ProjectReferences(string projectFile) =>
        XDocument.Load(projectFile)
            .Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => (string?)element.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();
}
