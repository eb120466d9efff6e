namespace Master.Testing.Waiting;

/// <summary>Waits for background work to produce a result; a generous bound, not a speed assertion.</summary>
public static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task<T?> ValueAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow + Bound;
        var value = await probe();
        while (value is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await probe();
        }

        return value;
    }

    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"the condition did not hold within {Bound.TotalSeconds:0} s");
            }

            await Task.Delay(50);
        }
    }
}
