namespace Master.LoadTest;

/// <summary>Where the build put Master.Host: the artifacts layout is <c>bin/&lt;project&gt;/&lt;configuration&gt;/</c> for both.</summary>
internal static class MasterLocation
{
    public static string NextToTool()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var bin = own.Parent?.Parent?.FullName ?? own.FullName;
        return Path.Combine(bin, "Master.Host", own.Name, "Master.Host.dll");
    }
}
