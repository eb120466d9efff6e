using Master.Database.Registry;

namespace Master.Database.Alerts;

/// <summary>Notification channels on the <c>notify_channels</c> table. Callers pass secrets encrypted.</summary>
public interface INotifyChannelRepository
{
    /// <summary>Creates the channel (its id and test fields are ignored) and returns the new id, or null when the name is taken.</summary>
    Task<long?> CreateAsync(NotifyChannelRecord channel, CancellationToken cancellationToken = default);

    /// <summary>The channel with <paramref name="id"/>, or null.</summary>
    Task<NotifyChannelRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every channel, by name.</summary>
    Task<IReadOnlyList<NotifyChannelRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces name, kind, config, encrypted secrets and enabled of the channel with the record's id, keeping its test
    /// result; <see cref="WriteOutcome.Conflict"/> when another channel has the name, <see cref="WriteOutcome.NotFound"/>
    /// for an unknown id.
    /// </summary>
    Task<WriteOutcome> UpdateAsync(NotifyChannelRecord channel, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of a test sent now; false when there is no such channel.</summary>
    Task<bool> RecordTestAsync(long id, string status, string? message, CancellationToken cancellationToken = default);

    /// <summary>Deletes the channel; false when there was none.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
