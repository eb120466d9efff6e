using System.Reflection;

namespace Master.Architecture.Tests.Support;

/// <summary>The checkout the tests were built from: the nearest folder above the project that holds <c>Master.sln</c>.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        var starts = new List<string>();
        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        if (!string.IsNullOrEmpty(recorded))
        {
            starts.Add(recorded);
        }

        starts.Add(AppContext.BaseDirectory);
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "Master.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("No Master.sln above " + string.Join(" or ", starts));
    }
}
