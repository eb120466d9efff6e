using Master.Database.Registry;

namespace Master.Database.Configurations;

/// <summary>Configurations on the <c>configurations</c> table and their versions on <c>configuration_history</c>.</summary>
public interface IConfigurationRepository
{
    /// <summary>Creates a configuration at version 0 and returns its id, or null when the name is taken.</summary>
    Task<long?> CreateAsync(
        string name, string? description, IReadOnlyDictionary<string, string> targetLabels, string? createdBy,
        CancellationToken cancellationToken = default);

    /// <summary>The configuration named <paramref name="name"/>, or null.</summary>
    Task<ConfigurationRecord?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every configuration, by name.</summary>
    Task<IReadOnlyList<ConfigurationRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the configuration with its versions and apply history; false when there was none.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="version"/> of configuration <paramref name="name"/> and makes it current, in one
    /// transaction. It must be the current version plus one: <see cref="WriteOutcome.Conflict"/> when it is not (another
    /// writer appended first), <see cref="WriteOutcome.NotFound"/> when there is no such configuration.
    /// </summary>
    Task<WriteOutcome> AppendVersionAsync(
        string name, int version, string content, string contentHash, string? note, string? createdBy,
        CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="version"/> of configuration <paramref name="name"/>, or null.</summary>
    Task<ConfigurationVersionRecord?> GetVersionAsync(string name, int version, CancellationToken cancellationToken = default);

    /// <summary>Every version of configuration <paramref name="name"/>, newest first.</summary>
    Task<IReadOnlyList<ConfigurationVersionRecord>> ListVersionsAsync(string name, CancellationToken cancellationToken = default);
}
