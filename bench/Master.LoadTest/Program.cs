using Master.LoadTest;

var options = LoadOptions.Parse(args, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
    return 2;
}

var dll = options.MasterDll ?? MasterLocation.NextToTool();
if (!File.Exists(dll))
{
    await Console.Error.WriteLineAsync($"Master.Host.dll not found at {dll}; build Master.Host or pass --master <path>.")
        .ConfigureAwait(false);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var passed = true;
if (options.Scenario is "fanout" or "all")
{
    passed &= await ScenarioRunner.RunAsync(dll, options, ScenarioRunner.FanOut, cancel.Token).ConfigureAwait(false);
}

if (options.Scenario is "sustained" or "all")
{
    passed &= await ScenarioRunner.RunAsync(dll, options, ScenarioRunner.Sustained, cancel.Token).ConfigureAwait(false);
}

return passed ? 0 : 1;
