namespace Master.Database.Events;

/// <summary>
/// The persisted history of cluster events. An event is stored once per cluster and dedup key (its uid, else its
/// involved object and reason); a repeat updates the stored row.
/// </summary>
public interface IClusterEventRepository
{
    /// <summary>
    /// Inserts <paramref name="events"/> of <paramref name="clusterId"/> or updates the rows they repeat: the count is
    /// set to the event's (cumulative) count, never added to; the last timestamp and message are replaced; the first
    /// timestamp stays as first recorded. Written in batches, each one atomic; of several events with the same key in
    /// one call, the one that occurred last wins, with the earliest first timestamp among them.
    /// </summary>
    Task UpsertAsync(string clusterId, IReadOnlyList<ClusterEvent> events, CancellationToken cancellationToken = default);

    /// <summary>One page of the events matching <paramref name="query"/>, newest (last timestamp, then id) first.</summary>
    Task<ClusterEventPage> ListAsync(ClusterEventQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many events match the filters of <paramref name="query"/> (its limit and cursor do not count).</summary>
    Task<long> CountAsync(ClusterEventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes the events of every cluster that last occurred before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the newest <paramref name="maxPerCluster"/> events of every cluster in the table, whether or not it is
    /// registered or online, and deletes the rest; returns how many.
    /// </summary>
    Task<int> TrimPerClusterAsync(int maxPerCluster, CancellationToken cancellationToken = default);
}
