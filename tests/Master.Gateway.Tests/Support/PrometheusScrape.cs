using System.Globalization;

namespace Master.Gateway.Tests.Support;

/// <summary>One scrape of <c>/metrics</c>: every sample keyed by its series as written (<c>name{label="value",...}</c>).</summary>
internal sealed class PrometheusScrape
{
    private PrometheusScrape(IReadOnlyDictionary<string, double> samples, IReadOnlyDictionary<string, string> types)
    {
        Samples = samples;
        Types = types;
    }

    public IReadOnlyDictionary<string, double> Samples { get; }

    /// <summary>The <c># TYPE</c> of each metric family.</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public static async Task<PrometheusScrape> ReadAsync(HttpClient gateway)
    {
        using var response = await gateway.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static PrometheusScrape Parse(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                types[parts[2]] = parts[3];
            }
            else if (!line.StartsWith('#'))
            {
                var space = line.LastIndexOf(' ');
                samples.Add(line[..space], double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture));
            }
        }

        return new PrometheusScrape(samples, types);
    }

    /// <summary>The value of one series, or null when it is not exposed.</summary>
    public double? Value(string series) => Samples.TryGetValue(series, out var value) ? value : null;

    /// <summary>Every series of one metric.</summary>
    public IEnumerable<string> SeriesOf(string metric) =>
        Samples.Keys.Where(key => key == metric || key.StartsWith(metric + "{", StringComparison.Ordinal));
}
