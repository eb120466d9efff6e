namespace Master.DataHub;

/// <summary>
/// The live state of every cluster: latest snapshots, agent liveness, command queues and the change feed.
/// One implementation per backend (memory, Redis); all of them pass the same contract test suite.
/// </summary>
public interface IDataHub : ISnapshotStore, IAgentStore, ICommandStore, IChangeFeed
{
    /// <summary>Connects to the backend and starts the hub's own background work (liveness watch).</summary>
    Task StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops background work, releases every held long-poll with no command and ends every change-feed subscription.</summary>
    Task StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Answers whether the backend is reachable now.</summary>
    ValueTask<DataHubHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
