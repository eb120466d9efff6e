namespace Master.DataHub;

/// <summary>
/// The live state of every cluster: latest snapshots, agent liveness, command queues, the change feed and fleet leases.
/// One implementation per backend (memory, Redis); all of them pass the same contract test suite. A backend that cannot
/// be reached throws <see cref="DataHubUnavailableException"/>.
/// </summary>
public interface IDataHub : ISnapshotStore, IAgentStore, ICommandStore, IChangeFeed, ILeaseStore
{
    /// <summary>Connects to the backend and starts the hub's own background work (liveness watch).</summary>
    Task StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops background work, releases every held long-poll with no command and ends every change-feed subscription.</summary>
    Task StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Answers whether the backend is reachable now.</summary>
    ValueTask<DataHubHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
