namespace Master.Database.Configurations;

/// <summary>Attempts to apply configurations to clusters, on the <c>configuration_apply_history</c> table.</summary>
public interface IConfigurationApplyRepository
{
    /// <summary>Records an attempt (its <see cref="ConfigurationApplyRecord.Id"/> is ignored) and returns the new id.</summary>
    /// <exception cref="System.Data.Common.DbException">There is no such configuration.</exception>
    Task<long> RecordAsync(ConfigurationApplyRecord attempt, CancellationToken cancellationToken = default);

    /// <summary>Sets the attempt's final status and message; false when there is no such attempt.</summary>
    Task<bool> FinishAsync(
        long id, string status, string? message, DateTimeOffset finishedAt, CancellationToken cancellationToken = default);

    /// <summary>The attempts of the configuration, only on <paramref name="clusterId"/> when it is set, newest first.</summary>
    Task<IReadOnlyList<ConfigurationApplyRecord>> ListAsync(
        long configurationId, string? clusterId = null, CancellationToken cancellationToken = default);
}
