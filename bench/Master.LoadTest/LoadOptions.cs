using System.Globalization;

namespace Master.LoadTest;

/// <summary>The command line: a scenario name and <c>--name value</c> pairs.</summary>
internal sealed record LoadOptions(
    string Scenario,
    string? MasterDll,
    int FanOutClusters,
    int Rounds,
    int Rate,
    int Seconds,
    int SustainedClusters,
    int Concurrency,
    bool KeepRateLimits,
    bool KeepData)
{
    public const string Usage =
        "usage: Master.LoadTest fanout|sustained|all [--master <Master.Host.dll>] [--clusters N] [--rounds N] " +
        "[--rate N] [--seconds N] [--concurrency N] [--keep-rate-limits] [--keep-data]";

    /// <summary>The options, or null with the reason when the command line is wrong.</summary>
    public static LoadOptions? Parse(string[] args, out string? error)
    {
        error = null;
        if (args.Length == 0 || args[0] is not ("fanout" or "sustained" or "all"))
        {
            error = Usage;
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is "--keep-rate-limits" or "--keep-data")
            {
                flags.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                error = $"unexpected argument '{args[i]}'; {Usage}";
                return null;
            }
        }

        try
        {
            // --clusters means the fan-out width or the sustained spread, whichever scenario runs alone.
            var clusters = values.TryGetValue("--clusters", out var c) ? int.Parse(c, CultureInfo.InvariantCulture) : (int?)null;
            return new LoadOptions(
                args[0],
                values.GetValueOrDefault("--master"),
                args[0] == "sustained" ? 1000 : clusters ?? 1000,
                Number(values, "--rounds", 20),
                Number(values, "--rate", 500),
                Number(values, "--seconds", 60),
                args[0] == "fanout" ? 100 : clusters ?? 100,
                Number(values, "--concurrency", 64),
                flags.Contains("--keep-rate-limits"),
                flags.Contains("--keep-data"));
        }
        catch (FormatException)
        {
            error = $"every option value must be a whole number; {Usage}";
            return null;
        }
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
