namespace Master.Database.Tests.Support;

/// <summary>A clock that starts at a fixed instant and moves one second each time it is read, so writes are ordered.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _next = start;

    public override DateTimeOffset GetUtcNow()
    {
        var now = _next;
        _next = _next.AddSeconds(1);
        return now;
    }
}
