namespace Master.LoadTest;

/// <summary>Runs one scenario against a Master of its own, so that each starts with an empty history.</summary>
internal static class ScenarioRunner
{
    public static Task<ScenarioReport> FanOut(
        MasterProcess master, GatewayClient gateway, LoadOptions options, CancellationToken cancellationToken) =>
        new FanOutScenario(master, gateway, options.FanOutClusters, options.Rounds).RunAsync(cancellationToken);

    public static Task<ScenarioReport> Sustained(
        MasterProcess master, GatewayClient gateway, LoadOptions options, CancellationToken cancellationToken) =>
        new SustainedScenario(master, gateway, options.Rate, options.Seconds, options.SustainedClusters, options.Concurrency)
            .RunAsync(cancellationToken);

    public static async Task<bool> RunAsync(
        string dll,
        LoadOptions options,
        Func<MasterProcess, GatewayClient, LoadOptions, CancellationToken, Task<ScenarioReport>> scenario,
        CancellationToken cancellationToken)
    {
        await using var master = await MasterProcess.StartAsync(dll, !options.KeepRateLimits, options.KeepData, cancellationToken)
            .ConfigureAwait(false);
        using var gateway = new GatewayClient(master.Gateway, options.Concurrency * 2);
        await gateway.LoginAsync(MasterProcess.AdminUsername, master.Password, cancellationToken).ConfigureAwait(false);
        var report = await scenario(master, gateway, options, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(report.Markdown);
        if (master.ExitCode is { } exited)
        {
            Console.WriteLine($"Master exited during the run with code {exited}.");
        }

        if (!report.Passed)
        {
            master.Keep = true;
            Console.WriteLine($"Master's data and log are kept in {master.DataDir}.");
        }

        return report.Passed && master.ExitCode is null;
    }
}
