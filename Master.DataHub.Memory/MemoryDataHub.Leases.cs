namespace Master.DataHub.Memory;

internal sealed partial class MemoryDataHub
{
    /// <summary>The memory hub is one instance's alone, so that instance holds every lease.</summary>
    public ValueTask<bool> TryAcquireLeaseAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return ValueTask.FromResult(true);
    }
}
