using Microsoft.Extensions.Options;

namespace Master.AgentSdk.Endpoints;

/// <summary>
/// Bounds snapshot work: at most <see cref="AgentSdkOptions.MaxConcurrentDecodes"/> bodies are read and decoded at once,
/// and at most <see cref="AgentSdkOptions.MaxQueuedSnapshots"/> more wait; pushes beyond that are refused at once.
/// </summary>
internal sealed class SnapshotGate : IDisposable
{
    private readonly SemaphoreSlim _running;
    private readonly int _capacity;
    private int _admitted;

    /// <summary>Sizes the gate from the options.</summary>
    public SnapshotGate(IOptions<AgentSdkOptions> options)
    {
        var value = options.Value;
        _running = new SemaphoreSlim(value.MaxConcurrentDecodes, value.MaxConcurrentDecodes);
        _capacity = value.MaxConcurrentDecodes + value.MaxQueuedSnapshots;
    }

    /// <summary>Running plus waiting pushes allowed.</summary>
    public int Capacity => _capacity;

    /// <summary>Takes a place among the running or waiting pushes; false when all are taken.</summary>
    public bool TryAdmit()
    {
        if (Interlocked.Increment(ref _admitted) <= _capacity)
        {
            return true;
        }

        Interlocked.Decrement(ref _admitted);
        return false;
    }

    /// <summary>Waits for a decoding slot; call only after <see cref="TryAdmit"/> returned true.</summary>
    public Task WaitRunAsync(CancellationToken cancellationToken) => _running.WaitAsync(cancellationToken);

    /// <summary>Frees the decoding slot.</summary>
    public void EndRun() => _running.Release();

    /// <summary>Frees the admission place.</summary>
    public void Leave() => Interlocked.Decrement(ref _admitted);

    /// <inheritdoc />
    public void Dispose() => _running.Dispose();
}
