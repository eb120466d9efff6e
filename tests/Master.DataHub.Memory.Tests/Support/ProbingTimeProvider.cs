using Microsoft.Extensions.Time.Testing;

namespace Master.DataHub.Memory.Tests.Support;

/// <summary>
/// A fake clock that runs <see cref="Probe"/> each time the hub reads it. The hub reads the clock inside its critical
/// sections, so a probe can act at an exact point of an operation, which no outside timing could reach reliably.
/// </summary>
internal sealed class ProbingTimeProvider(FakeTimeProvider time) : TimeProvider
{
    public Action? Probe { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        Probe?.Invoke();
        return time.GetUtcNow();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        time.CreateTimer(callback, state, dueTime, period);
}
