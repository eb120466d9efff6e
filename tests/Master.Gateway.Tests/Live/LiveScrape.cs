using Master.Gateway.Tests.Support;

namespace Master.Gateway.Tests.Live;

/// <summary>Waits on the live-update metrics of <c>/metrics</c>, which change off the test's thread.</summary>
internal static class LiveScrape
{
    /// <summary>Polls until <paramref name="series"/> satisfies <paramref name="expected"/>; fails after <see cref="LiveClient.Patience"/>.</summary>
    public static async Task<double> WaitForAsync(GatewayFactory factory, string series, Func<double, bool> expected)
    {
        var deadline = DateTime.UtcNow + LiveClient.Patience;
        double? value;
        do
        {
            var scrape = await PrometheusScrape.ReadAsync(factory.Gateway);
            value = scrape.Samples.TryGetValue(series, out var sample) ? sample : null;
            if (value is { } found && expected(found))
            {
                return found;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new AssertionException($"{series} is {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"} after {LiveClient.Patience}.");
    }
}
