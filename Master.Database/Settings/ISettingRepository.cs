namespace Master.Database.Settings;

/// <summary>Key/value settings on the <c>settings</c> table. Keys are case-sensitive.</summary>
public interface ISettingRepository
{
    /// <summary>The value of <paramref name="key"/>, or null when it is not set.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>, replacing a value set before.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Every setting, by key.</summary>
    Task<IReadOnlyDictionary<string, string>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="key"/>; false when it was not set.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);
}
